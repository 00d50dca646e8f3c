/**
 * Writes the data-driven parts of docs/profiles.md from the profile data:
 * the table of built-in profiles, each built-in profile's roles and rules,
 * the table of rule types and the fields of each rule type. Each part sits between
 * `<!-- BEGIN generated NAME -->` and `<!-- END generated -->`; the prose
 * around them is written by hand. Run from the repository root:
 *
 *     pnpm docs:profiles
 *
 * A test (profiles/builtin/docs.test.ts) fails when the committed document
 * differs from what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  BUILTIN_PROFILES,
  DEFAULT_PROFILE_ID,
  RULE_DEFINITIONS,
  RULE_TYPES,
  ruleDefinition,
  ruleSeverity,
  type Profile,
  type Rule,
} from '../src/index.js';

/** The document, from the repository root. */
export const PROFILE_DOCS = fileURLToPath(new URL('../../../docs/profiles.md', import.meta.url));

const BLOCK = /<!-- BEGIN generated (\S+) -->\n[\s\S]*?<!-- END generated -->/g;

const code = (text: string): string => `\`${text}\``;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

/** Compact one-line JSON with a space after each `:` and `,`, as the document writes it. */
function json(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(json).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, v]) => `${JSON.stringify(key)}: ${json(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** A rule as JSON, without its description (written out in words beside it). */
function ruleJson(rule: Rule): string {
  const { description: _description, ...rest } = rule;
  return json(rest);
}

function sentence(rule: Rule): string {
  const said = `${ruleDefinition(rule).describe(rule, code)} (${ruleSeverity(rule)}).`;
  return rule.description === undefined ? said : `${said} ${rule.description}`;
}

function profilesTable(profiles: readonly Profile[]): string {
  return table(
    ['id', 'label', 'roles', 'rules'],
    profiles.map((p) => [
      code(p.id) + (p.id === DEFAULT_PROFILE_ID ? ' (the default)' : ''),
      p.label,
      String(p.roles.length),
      String(p.rules.length),
    ]),
  );
}

function profileSection(profile: Profile): string {
  const roles = table(
    ['id', 'label', 'ecology', 'aliases', 'what it means'],
    profile.roles.map((r) => [
      code(r.id),
      r.label,
      r.ecology ?? '—',
      (r.aliases ?? []).join(', ') || '—',
      r.description ?? '',
    ]),
  );
  const counts = profile.rules.filter((r) => r.type === 'minCount');
  const others = profile.rules.filter((r) => r.type !== 'minCount');
  const parts = [roles];
  if (counts.length > 0) {
    parts.push(
      '**Roles that must be present** (`minCount` rules). A role with at least the minimum but fewer actors than "thin below" is reported as thin; a dash means the rule sets no such number.',
      table(
        ['rule id', 'role', 'at least', 'thin below', 'severity'],
        counts.map((r) => [
          r.id === undefined ? '—' : code(r.id),
          code(r.role),
          String(r.min),
          r.recommended === undefined ? '—' : String(r.recommended),
          ruleSeverity(r),
        ]),
      ),
    );
  }
  if (others.length > 0) {
    parts.push(
      counts.length > 0 ? '**Other rules:**' : '**Rules:**',
      others.map((rule) => `- ${sentence(rule)}\n  ${code(ruleJson(rule))}`).join('\n'),
    );
  }
  if (profile.flowKinds !== undefined) {
    parts.push(`**Tie kinds that carry ideas:** ${profile.flowKinds.map(code).join(', ')}.`);
  }
  return parts.join('\n\n');
}

function ruleTypesTable(): string {
  return table(
    ['type', 'checks', 'default severity'],
    RULE_TYPES.map((type) => [code(type), RULE_DEFINITIONS[type].checks, code(RULE_DEFINITIONS[type].defaultSeverity)]),
  );
}

function ruleFieldsTable(type: (typeof RULE_TYPES)[number]): string {
  return table(
    ['field', 'required', 'meaning'],
    RULE_DEFINITIONS[type].fields.map((f) => [code(f.name), f.required ? 'yes' : 'no', f.meaning]),
  );
}

/** The generated blocks by name: `profiles`, `rule-types`, `rule-fields:TYPE` for each rule type and `profile:ID` for each built-in profile. */
export function generatedBlocks(profiles: readonly Profile[] = Object.values(BUILTIN_PROFILES)): Map<string, string> {
  const blocks = new Map<string, string>([
    ['profiles', profilesTable(profiles)],
    ['rule-types', ruleTypesTable()],
    ...RULE_TYPES.map((type) => [`rule-fields:${type}`, ruleFieldsTable(type)] as [string, string]),
  ]);
  for (const profile of profiles) blocks.set(`profile:${profile.id}`, profileSection(profile));
  return blocks;
}

/**
 * The document with every generated block rewritten from `profiles` (the
 * built-in ones by default), formatted as Prettier formats the file.
 * Throws when a block is unknown or a profile has none.
 */
export async function updateProfileDocs(
  markdown: string,
  profiles: readonly Profile[] = Object.values(BUILTIN_PROFILES),
): Promise<string> {
  const blocks = generatedBlocks(profiles);
  const options = { ...(await resolveConfig(PROFILE_DOCS)), parser: 'markdown' };
  const seen = new Set<string>();
  const pieces: (string | Promise<string>)[] = [];
  let last = 0;
  for (const match of markdown.matchAll(BLOCK)) {
    const name = match[1]!;
    const content = blocks.get(name);
    if (content === undefined) throw new Error(`docs/profiles.md has a generated block '${name}' that nothing fills`);
    seen.add(name);
    pieces.push(markdown.slice(last, match.index));
    pieces.push(
      format(content, options).then((text) => `<!-- BEGIN generated ${name} -->\n\n${text}\n<!-- END generated -->`),
    );
    last = match.index + match[0].length;
  }
  pieces.push(markdown.slice(last));
  const missing = [...blocks.keys()].filter((name) => !seen.has(name));
  if (missing.length > 0) {
    throw new Error(
      `docs/profiles.md lacks the generated blocks ${missing.join(', ')}: add a section with the markers`,
    );
  }
  return (await Promise.all(pieces)).join('');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(PROFILE_DOCS, 'utf8');
  const after = await updateProfileDocs(before);
  if (after === before) {
    console.log('docs/profiles.md is up to date');
  } else {
    writeFileSync(PROFILE_DOCS, after);
    console.log('docs/profiles.md rewritten from the profile data');
  }
}
