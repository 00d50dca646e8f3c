/**
 * Writes a synthetic cluster (planted partition / stochastic block model,
 * Holland, Laskey & Leinhardt 1983; see synthetic.ts) as a Muster dataset
 * folder: `actors.csv` and `ties.csv`.
 *
 * Files are comma-delimited, header first, `\n` line ends, UTF-8 without BOM.
 * Every value comes from a fixed vocabulary or is a number, and none needs
 * quoting (checked before writing). Rows are built into ~1 MB chunks and
 * written with `fs.writeSync`, so memory stays flat whatever the size; the
 * tie file is assembled byte by byte.
 */

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mix32, type SyntheticCluster } from './synthetic.js';

const CHUNK_BYTES = 1 << 20;

// prettier-ignore
const GIVEN_NAMES = [
  'Aileen', 'Alex', 'Amara', 'Anil', 'Bea', 'Bryn', 'Carys', 'Cato', 'Dara', 'Dev',
  'Eilidh', 'Emre', 'Fen', 'Fiona', 'Gus', 'Hana', 'Idris', 'Iona', 'Jai', 'Jo',
  'Kai', 'Kirsty', 'Lena', 'Lorn', 'Mairi', 'Mo', 'Nadia', 'Niall', 'Oli', 'Orla',
  'Pat', 'Priya', 'Quinn', 'Rafe', 'Rhona', 'Rui', 'Sami', 'Seren', 'Tam', 'Tariq',
  'Una', 'Uzma', 'Val', 'Wren', 'Xan', 'Yara', 'Yusuf', 'Zara', 'Ailsa', 'Ben',
  'Cal', 'Dina', 'Ewan', 'Farah', 'Gail', 'Hugo', 'Isla', 'Jude', 'Kim', 'Lewis',
  'Maya', 'Neve', 'Omar', 'Pia',
];
// prettier-ignore
const FAMILY_FIRST = [
  'Ab', 'Bar', 'Cal', 'Dal', 'Ed', 'Far', 'Gil', 'Hal', 'Ir', 'Kel',
  'Lind', 'Mac', 'Nor', 'Ol', 'Pen', 'Rath', 'Sel', 'Tor', 'Ul', 'Ver',
  'Wal', 'Yor', 'Bram', 'Crom', 'Dun', 'Fen', 'Gar', 'Hart', 'Kin', 'Lor',
  'Mor', 'Strat',
];
// prettier-ignore
const FAMILY_LAST = [
  'bury', 'den', 'ford', 'gate', 'ham', 'lan', 'ley', 'man', 'more', 'ner',
  'rick', 'ston', 'ton', 'well', 'wood', 'ard', 'by', 'croft', 'dale', 'ett',
  'field', 'gar', 'holm', 'ie', 'kin', 'lock', 'mont', 'row', 'shaw', 'son',
  'tree', 'win',
];

/** Organisations by role (same order as the cluster's role ids); `{L}` is the locality. */
const ORGANISATIONS: readonly (readonly (readonly [string, string])[])[] = [
  [['{L} Council', 'public']],
  [
    ['{L} Council', 'public'],
    ['{L} Health Board', 'public'],
    ['{L} Housing Authority', 'public'],
    ['{L} Education Department', 'public'],
  ],
  [
    ['{L} Carers Forum', 'voluntary'],
    ['{L} Tenants Association', 'voluntary'],
    ['{L} Disability Alliance', 'voluntary'],
    ['{L} Youth Network', 'voluntary'],
    ['{L} Older People Forum', 'voluntary'],
  ],
  [['', 'community']],
  [
    ['University of {L}', 'academic'],
    ['{L} Policy Institute', 'academic'],
    ['{L} Centre for Public Service Reform', 'academic'],
  ],
  [
    ['{L} Design Lab', 'public'],
    ['{L} Council Digital Team', 'public'],
    ['{L} Service Design Studio', 'private'],
  ],
  [
    ['{L} Community Enterprise', 'social-enterprise'],
    ['{L} Social Ventures', 'social-enterprise'],
    ['{L} Food Cooperative', 'social-enterprise'],
  ],
  [
    ['{L} Impact Fund', 'finance'],
    ['{L} Community Foundation', 'finance'],
    ['{L} Social Investment Trust', 'finance'],
  ],
  [
    ['{L} Change Partners', 'private'],
    ['{L} Improvement Service', 'public'],
    ['{L} Organisational Development Unit', 'public'],
  ],
];

/** The id of actor `index` (0-based): `s` and the 1-based number, zero-padded to at least six digits. */
export function syntheticActorId(cluster: SyntheticCluster, index: number): string {
  return 's' + String(index + 1).padStart(idDigits(cluster), '0');
}

function idDigits(cluster: SyntheticCluster): number {
  return Math.max(6, String(cluster.actorCount).length);
}

/** A pseudo-name for actor `index`, made from syllables; the same seed gives the same names. */
export function syntheticActorName(cluster: SyntheticCluster, index: number): string {
  const h = mix32(index ^ mix32(cluster.options.seed ^ 0x4a3e));
  return (
    GIVEN_NAMES[h % GIVEN_NAMES.length]! +
    ' ' +
    FAMILY_FIRST[(h >>> 8) % FAMILY_FIRST.length]! +
    FAMILY_LAST[(h >>> 16) % FAMILY_LAST.length]!
  );
}

/**
 * The organisation and sector of actor `index`. Members of one community
 * and role mostly share an organisation; service users have none.
 */
export function syntheticActorOrganisation(
  cluster: SyntheticCluster,
  index: number,
): { organisation: string; sector: string } {
  const role = cluster.actorRole[index]!;
  const choices = ORGANISATIONS[role] ?? [['', '']];
  const community = cluster.actorCommunity[index]!;
  // One organisation per community and role, with one member in eight elsewhere.
  const h = mix32(community * 16 + role);
  const pick = mix32(index ^ 0x0c9) % 8 === 0 ? mix32(index) : h;
  const [template, sector] = choices[pick % choices.length]!;
  const locality = cluster.localityNames[cluster.actorLocality[index]!]!;
  return { organisation: template.replace('{L}', locality), sector };
}

const UNSAFE = /[",\r\n]|^\s|\s$/;

function assertCsvSafe(what: string, values: Iterable<string>): void {
  for (const value of values) {
    if (UNSAFE.test(value)) throw new Error(`${what} '${value}' would need CSV quoting`);
  }
}

export interface WrittenDataset {
  dir: string;
  files: { name: string; rows: number; bytes: number }[];
}

/**
 * Write `actors.csv` (id, name, role, locality, organisation, sector,
 * planted_community) and `ties.csv` (source, target, kind, weight) into
 * `dir`, creating it if needed and replacing those two files if present.
 */
export function writeSyntheticDataset(cluster: SyntheticCluster, dir: string): WrittenDataset {
  assertCsvSafe('role id', cluster.roleIds);
  assertCsvSafe('locality name', cluster.localityNames);
  assertCsvSafe('tie kind', cluster.kindNames);
  assertCsvSafe('name part', [...GIVEN_NAMES, ...FAMILY_FIRST, ...FAMILY_LAST]);
  assertCsvSafe('organisation', ORGANISATIONS.flat().flat());
  mkdirSync(dir, { recursive: true });
  return {
    dir,
    files: [
      { name: 'actors.csv', rows: cluster.actorCount, bytes: writeActors(cluster, join(dir, 'actors.csv')) },
      { name: 'ties.csv', rows: cluster.tieCount, bytes: writeTies(cluster, join(dir, 'ties.csv')) },
    ],
  };
}

function writeActors(cluster: SyntheticCluster, path: string): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let chunk = 'id,name,role,locality,organisation,sector,planted_community\n';
    for (let i = 0; i < cluster.actorCount; i++) {
      const { organisation, sector } = syntheticActorOrganisation(cluster, i);
      chunk +=
        syntheticActorId(cluster, i) +
        ',' +
        syntheticActorName(cluster, i) +
        ',' +
        cluster.roleIds[cluster.actorRole[i]!]! +
        ',' +
        cluster.localityNames[cluster.actorLocality[i]!]! +
        ',' +
        organisation +
        ',' +
        sector +
        ',' +
        cluster.actorCommunity[i]! +
        '\n';
      if (chunk.length >= CHUNK_BYTES) {
        bytes += writeAll(fd, Buffer.from(chunk, 'utf8'));
        chunk = '';
      }
    }
    if (chunk.length > 0) bytes += writeAll(fd, Buffer.from(chunk, 'utf8'));
  } finally {
    closeSync(fd);
  }
  return bytes;
}

function writeTies(cluster: SyntheticCluster, path: string): number {
  const digits = idDigits(cluster);
  const width = 1 + digits;
  const kinds = cluster.kindNames.map((k) => Buffer.from(',' + k + ',', 'utf8'));
  const longestKind = Math.max(...kinds.map((k) => k.length));
  const rowMax = 2 * width + longestKind + 8;

  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let at = buf.write('source,target,kind,weight\n', 0, 'latin1');
    const { tieSource, tieTarget, tieKind, tieWeight } = cluster;
    for (let e = 0; e < cluster.tieCount; e++) {
      if (at > CHUNK_BYTES - rowMax) {
        bytes += writeAll(fd, buf.subarray(0, at));
        at = 0;
      }
      // Ids are written digit by digit (as syntheticActorId spells them):
      // cheaper than copying from a table of encoded ids, which misses cache.
      at = writeId(buf, at, tieSource[e]! + 1, digits);
      buf[at++] = 0x2c; // ,
      at = writeId(buf, at, tieTarget[e]! + 1, digits);
      const kind = kinds[tieKind[e]!]!;
      for (let b = 0; b < kind.length; b++) buf[at++] = kind[b]!;
      const weight = tieWeight[e]!;
      if (weight < 1 || weight > 9) throw new RangeError(`tie ${e} has weight ${weight}; expected 1..9`);
      buf[at++] = 0x30 + weight; // one digit
      buf[at++] = 0x0a; // \n
    }
    if (at > 0) bytes += writeAll(fd, buf.subarray(0, at));
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Write `s` and `number` zero-padded to `digits` digits at `at`; return the position after. */
function writeId(buf: Uint8Array, at: number, number: number, digits: number): number {
  buf[at] = 0x73; // s
  let v = number;
  for (let b = digits; b > 0; b--) {
    const q = (v / 10) | 0;
    buf[at + b] = 0x30 + v - q * 10;
    v = q;
  }
  return at + 1 + digits;
}

/** Write all of `data`, looping over short writes. */
function writeAll(fd: number, data: Uint8Array): number {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done);
  return done;
}
