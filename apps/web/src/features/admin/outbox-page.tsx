import { useQuery } from '@tanstack/react-query';
import type { OutboxMessage } from '@securebase/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { formatDateTime, linkifySameOrigin } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { EmptyState } from '../../ui/empty-state';
import { LoadError } from '../../ui/load-error';
import { PageHeader } from '../../ui/page-header';
import { Spinner } from '../../ui/spinner';
import './admin.css';

const STATUS_TONE: Record<OutboxMessage['status'], BadgeTone> = {
  queued: 'neutral',
  sent: 'success',
  held: 'accent',
  failed: 'attention',
};

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.outbox.title'));
  const outbox = useQuery({
    queryKey: ['admin', 'outbox'],
    queryFn: () => api.get<{ messages: OutboxMessage[] }>('/api/admin/outbox'),
  });
  const messages = [...(outbox.data?.messages ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );

  return (
    <>
      <PageHeader title={t('admin.outbox.title')} description={t('admin.outbox.description')} />
      {outbox.isPending ? <Spinner label={t('app.loading')} /> : null}
      {outbox.error ? (
        <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : null}
      {outbox.data && messages.length === 0 ? (
        <EmptyState title={t('admin.outbox.emptyTitle')}>
          <p>{t('admin.outbox.emptyBody')}</p>
        </EmptyState>
      ) : null}
      {messages.length > 0 ? (
        <ol className="sb-outbox">
          {messages.map((message) => (
            <li key={message.id}>
              <MessageCard message={message} />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

function MessageCard({ message }: { message: OutboxMessage }) {
  const { t, i18n } = useTranslation();
  const parts = linkifySameOrigin(message.body, window.location.origin);
  return (
    <Card title={message.subject}>
      <dl className="sb-outbox__meta">
        <dt>{t('admin.outbox.to')}</dt>
        <dd>{message.to}</dd>
        <dt>{t('admin.outbox.status')}</dt>
        <dd>
          <Badge tone={STATUS_TONE[message.status]}>
            {t(`admin.outbox.statuses.${message.status}`)}
          </Badge>
        </dd>
        <dt>{t('admin.outbox.created')}</dt>
        <dd>{formatDateTime(message.createdAt, i18n.language)}</dd>
        {message.sentAt ? (
          <>
            <dt>{t('admin.outbox.sentAt')}</dt>
            <dd>{formatDateTime(message.sentAt, i18n.language)}</dd>
          </>
        ) : null}
      </dl>
      <pre className="sb-outbox__body" aria-label={t('admin.outbox.body')}>
        {parts.map((part, index) =>
          part.kind === 'link' ? (
            <a key={index} href={part.href}>
              {part.text}
            </a>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </pre>
    </Card>
  );
}
