import { parseDatasetFiles } from '@muster/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditCluster } from '../audit.js';
import { renderMarkdown } from './markdown.js';
import { firthValleyAudit } from '../test-example.js';

/** The text of the `## name` section, up to the next `## ` heading. */
function section(md: string, name: string): string {
  const start = md.indexOf(`\n## ${name}\n`);
  expect(start, `section ${name}`).toBeGreaterThanOrEqual(0);
  const end = md.indexOf('\n## ', start + 1);
  return md.slice(start, end === -1 ? undefined : end);
}

/** The text of the `### name` subsection within a section. */
function subsection(text: string, name: string): string {
  const start = text.indexOf(`\n### ${name}\n`);
  expect(start, `subsection ${name}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n### ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** Cells per row of every table, counting only unescaped pipes. */
function tableWidths(md: string): number[][] {
  const tables: number[][] = [];
  let current: number[] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push((line.replace(/\\\\/g, '').match(/(?<!\\)\|/g) ?? []).length);
    } else if (current) {
      tables.push(current);
      current = null;
    }
  }
  return tables;
}

describe('renderMarkdown on the Firth Valley report', () => {
  const report = firthValleyAudit();
  const md = renderMarkdown(report);

  it('opens with the profile and a comparison of the three localities', () => {
    expect(md.startsWith('# Public-service innovation cluster: cluster audit\n')).toBe(true);
    const comparison = section(md, 'Comparison');
    expect(md.indexOf('## Comparison')).toBeLessThan(md.indexOf('## Kelderbridge'));
    expect(comparison).toContain(
      '| Locality | Score | Actors | Ties | Missing roles | Errors | Warnings | Notes | Silos | Top broker |',
    );
    expect(comparison).toContain(
      '| Hollinwell | 78 | 45 | 159 | Service designers, Investors, Change experts | 3 | 0 | 0 | 0 |',
    );
    expect(comparison).toMatch(/\| Saltcote \| \d+ \| 57 \| 256 \| none \| 0 \| \d+ \| 0 \| 3 \| Bilal Ahmed \|/);
  });

  it('puts each locality’s summary first, with the score in words', () => {
    const s = section(md, 'Saltcote');
    expect(s.indexOf('### Summary')).toBeLessThan(s.indexOf('### Missing and thin roles'));
    const summary = subsection(s, 'Summary');
    expect(summary).toContain(`**Score: ${report.localities[2]!.score} out of 100.**`);
    expect(summary).toContain('- Role coverage 100%');
    expect(summary).toContain('too far apart');
    expect(summary).toContain('57 actors and 256 ties');
  });

  it('names Hollinwell’s missing roles and its thin one', () => {
    const roles = subsection(section(md, 'Hollinwell'), 'Missing and thin roles');
    for (const label of ['Service designers', 'Investors', 'Change experts']) {
      expect(roles).toContain(`- **${label}**: missing`);
    }
    expect(roles).toContain('- **Researchers**: thin');
    const recs = subsection(section(md, 'Hollinwell'), 'Recommendations');
    expect(recs).toContain('1. **Recruit: Service designers.** Hollinwell has no service designers');
    expect(recs).toContain('Could be borrowed from (already tied): Kelderbridge.');
  });

  it('names Saltcote’s silos with their role mix, and its brokers with what would be lost', () => {
    const s = section(md, 'Saltcote');
    const silos = subsection(s, 'Silos');
    expect(silos).toContain('- Community 0, 13 actors, 2 roles: Senior officials 7, Politicians 6.');
    expect(silos).toContain('- Community 2, 21 actors, 2 roles: Service users 13, Stakeholder groups 8.');
    expect(silos).toContain('- Community 3, 9 actors, 2 roles: Researchers 6, Change experts 3.');
    const brokers = subsection(s, 'Brokers');
    expect(brokers).toMatch(
      /1\. \*\*Bilal Ahmed\*\* \(Senior officials; id sc09\): if they left, 14 pairs of roles could no longer reach each other; 21 actors would be cut off/,
    );
    expect(brokers).toContain('**Kwame Osei**');
  });

  it('shows the failing role links against the wanted distance, and a matrix of present roles', () => {
    const reach = subsection(section(md, 'Saltcote'), 'Role reach');
    expect(reach).toContain('| Politicians – Service users | 3 | 2 | distant |');
    expect(reach).toContain('| 4. Service users | **3** |');
    const hollinwell = subsection(section(md, 'Hollinwell'), 'Role reach');
    expect(hollinwell).toContain(
      '21 pairs of roles cannot be measured because a role is missing; 4 of them have a distance rule and count as not within it in the score.',
    );
    expect(hollinwell).not.toContain('Investors |');
  });

  it('lists every finding with its severity, and every recommendation with its reason', () => {
    for (const l of report.localities) {
      const s = section(md, l.locality);
      for (const f of l.findings) expect(s).toContain(`${f.message} (rule ${f.ruleId ?? f.rule})`);
      for (const r of l.recommendations) expect(s).toContain(r.reason);
    }
    expect(subsection(section(md, 'Kelderbridge'), 'Findings')).toContain('No rule of the profile fails.');
    expect(subsection(section(md, 'Hollinwell'), 'Findings')).toContain('- **Error**: Hollinwell has no investors');
  });

  it('says once what the audit cannot know', () => {
    expect(md.split('## What this audit cannot know').length).toBe(2);
    expect(section(md, 'What this audit cannot know')).toContain('only the ties someone recorded');
  });

  it('keeps every table row as wide as its header', () => {
    const tables = tableWidths(md);
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const widths of tables) expect(new Set(widths).size).toBe(1);
  });

  it('is identical for the same report, and leaves out the comparison for one locality', () => {
    expect(renderMarkdown(report)).toBe(md);
    const one = renderMarkdown({ ...report, localities: [report.localities[1]!] });
    expect(one).not.toContain('## Comparison');
    expect(one).toContain('## Hollinwell');
  });
});

describe('renderMarkdown escapes the data', () => {
  const hostile = {
    img: '<img src=x onerror=alert(1)>',
    script: '</script><script>alert(1)</script>',
    md: 'Pipe | *star* _under_ `tick` [link](x)',
    quotes: `"quotes'`,
  };
  let md: string;
  beforeAll(() => {
    const dataset = parseDatasetFiles({
      'actors.csv': [
        'id,name,role,locality',
        `p1,"${hostile.img}",politician,<i>Town</i> | *One*`,
        `b1,"${hostile.quotes.replace(/"/g, '""')}",senior official,<i>Town</i> | *One*`,
        `u1,${hostile.script},service user,<i>Town</i> | *One*`,
        `r1,"${hostile.md}",researcher,<i>Town</i> | *One*`,
        'q1,Quiet,politician,Other',
        'q2,Calm,service user,Other',
      ].join('\n'),
      'ties.csv': ['source,target', 'p1,b1', 'b1,u1', 'u1,r1', 'q1,q2'].join('\n'),
    });
    md = renderMarkdown(auditCluster(dataset, { seed: 1 }));
  });

  it('leaves no raw HTML, emphasis, code or link from the data', () => {
    // What is left once every backslash escape is taken out must hold no markup from the data.
    const bare = md.replace(/\\[\s\S]/g, '');
    expect(bare).not.toContain('<');
    expect(bare).not.toContain('`');
    expect(bare).not.toContain('[');
    expect(bare).not.toMatch(/\*star|_under/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\</script\\>\\<script\\>alert(1)\\</script\\>');
    expect(md).toContain('Pipe \\| \\*star\\* \\_under\\_ \\`tick\\` \\[link\\](x)');
    expect(md).toContain('## \\<i\\>Town\\</i\\> \\| \\*One\\*');
  });

  it('keeps tables intact when names hold pipes', () => {
    for (const widths of tableWidths(md)) expect(new Set(widths).size).toBe(1);
    expect(md).toContain('| \\<i\\>Town\\</i\\> \\| \\*One\\* |');
  });
});
