import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useDescribeError } from '../../lib/use-describe-error';
import { TextField } from '../../ui/field';
import { ErrorNotice } from '../../ui/notice';
import { readPackFile } from './pack-file';

/** Shared by the admin forms that upload a JSON document (content packs, practice measures). */

interface Problem {
  path: string;
  message: string;
}

/** The server's list of problems in an uploaded document (`details.problems`), if any. */
function problemsOf(error: unknown): Problem[] {
  if (!isApiError(error, 400)) return [];
  const problems = error.details.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (p): p is Problem =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as Problem).path === 'string' &&
      typeof (p as Problem).message === 'string',
  );
}

/** A failed upload: every problem with its JSON path, or the plain error. */
export function UploadProblems({ error, title }: { error: unknown; title: string }) {
  const describe = useDescribeError();
  const problems = problemsOf(error);
  return (
    <ErrorNotice title={problems.length > 0 ? title : undefined}>
      {problems.length > 0 ? (
        <ul>
          {problems.map((problem, index) => (
            <li key={`${problem.path}-${String(index)}`}>
              {problem.path ? <code className="sb-code">{problem.path}</code> : null}{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      ) : (
        describe(error)
      )}
    </ErrorNotice>
  );
}

/** A JSON file chosen in the browser, read on this computer and held until the form is sent. */
export function useJsonFile() {
  const { t } = useTranslation();
  const [content, setContent] = useState<Record<string, unknown> | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState('');
  const ref = useRef<HTMLInputElement>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setContent(null);
    setFileName(null);
    if (!file) return;
    const read = await readPackFile(file);
    if (read.ok) {
      setContent(read.content);
      setFileName(file.name);
      setError('');
    } else {
      setError(
        read.reason === 'not_object'
          ? t('admin.measures.fileNotObject')
          : t('admin.measures.fileInvalid', { message: read.message }),
      );
    }
  }

  /** Before sending: the reason the file cannot go (focused), or '' when it can. */
  function check(): string {
    const problem = content ? '' : error || t('admin.measures.fileMissing');
    setError(problem);
    if (problem) ref.current?.focus();
    return problem;
  }

  function reset() {
    setContent(null);
    setFileName(null);
    setError('');
    if (ref.current) ref.current.value = '';
  }

  return { content, fileName, error, ref, onChange, check, reset };
}

export function JsonFileField({
  upload,
  label,
}: {
  upload: ReturnType<typeof useJsonFile>;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      ref={upload.ref}
      type="file"
      accept=".json,application/json,application/fhir+json"
      label={label}
      hint={
        upload.fileName
          ? t('admin.measures.fileRead', { name: upload.fileName })
          : t('admin.measures.fileHint')
      }
      onChange={(event) => void upload.onChange(event)}
      error={upload.error || null}
    />
  );
}
