import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { profileFixture } from './attachment-fixture';
import { AttachmentView } from './attachment-tab';

const html = renderToStaticMarkup(
  <QueryClientProvider client={new QueryClient()}>
    <MemoryRouter>
      <AttachmentView profile={profileFixture} />
    </MemoryRouter>
  </QueryClientProvider>,
);

describe('the attachment view (rendered from the fixture)', () => {
  it('gives each plane a name and a description that exists', () => {
    const planes = [...html.matchAll(/<svg[^>]*role="img"[^>]*>/g)].map((match) => match[0]);
    expect(planes).toHaveLength(2);
    for (const svg of planes) {
      expect(svg).toMatch(/aria-label="[^"]+"/);
      const described = /aria-describedby="([^"]+)"/.exec(svg)?.[1];
      expect(described).toBeTruthy();
      expect(html).toContain(`id="${described ?? ''}"`);
    }
  });
  it('puts a captioned table beside each plane and a change table', () => {
    expect(html).toContain('ECR-R results for Test Client, oldest first');
    expect(html).toContain('ECR-RS results for Test Client');
    expect(html).toContain('Change in ECR-R scores since the previous result');
    expect(html).toContain('Preoccupied region, between regions');
  });
  it('draws the band, the reference point and the path', () => {
    expect(html).toContain('class="sb-plane__band"');
    expect(html).toContain('class="sb-plane__reference"');
    expect(html).toContain('class="sb-plane__path"');
    expect(html).toContain('95% band from the measure&#x27;s standard error');
  });
  it('labels the regions as parts of a continuum', () => {
    for (const region of ['Secure', 'Preoccupied', 'Dismissing', 'Fearful']) {
      expect(html).toContain(`${region} region`);
    }
    expect(html).toContain('not a diagnosis');
  });
  it('tells a member with no results which measures feed the view', () => {
    expect(html).toContain('No attachment results for Second Member yet');
    expect(html).toMatch(/ECR-R.*ECR-RS.*RQ/);
  });
  it('uses no inline styles (the content security policy forbids them)', () => {
    expect(html).not.toMatch(/\sstyle=/);
  });
});
