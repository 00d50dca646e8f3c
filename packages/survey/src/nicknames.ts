/**
 * A short list of common English first-name nicknames, so that "Bob
 * Marsh" and "Rob Marsh" (both short for Robert) are put to the user as a
 * possible match rather than passed over. Only the plainest diminutives
 * are listed; a nickname match is never sure on its own.
 */

const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  alexander: ['alex', 'sandy', 'xander'],
  alexandra: ['alex', 'sandra', 'sandy', 'lexi'],
  andrew: ['andy', 'drew'],
  anthony: ['tony', 'ant'],
  benjamin: ['ben', 'benny'],
  catherine: ['cath', 'cathy', 'kate', 'katie', 'kay'],
  katherine: ['kath', 'kathy', 'kate', 'katie', 'kay'],
  christopher: ['chris', 'kit'],
  christine: ['chris', 'chrissie', 'tina'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy', 'davey'],
  deborah: ['deb', 'debbie', 'debs'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby'],
  gregory: ['greg'],
  james: ['jim', 'jimmy', 'jamie'],
  jennifer: ['jen', 'jenny'],
  jessica: ['jess', 'jessie'],
  john: ['jack', 'johnny'],
  jonathan: ['jon', 'jonny'],
  joseph: ['joe', 'joey'],
  kenneth: ['ken', 'kenny'],
  margaret: ['maggie', 'meg', 'peggy', 'maisie'],
  matthew: ['matt'],
  michael: ['mike', 'mick', 'mickey', 'micky'],
  nicholas: ['nick', 'nicky'],
  nicola: ['nicky', 'nic', 'nikki'],
  patricia: ['pat', 'trish', 'patsy'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  philip: ['phil'],
  rebecca: ['becky', 'becca'],
  richard: ['rich', 'richie', 'rick', 'dick'],
  robert: ['rob', 'robbie', 'bob', 'bobby', 'bert'],
  samantha: ['sam', 'sammy'],
  samuel: ['sam', 'sammy'],
  stephen: ['steve', 'stevie'],
  steven: ['steve', 'stevie'],
  susan: ['sue', 'susie'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim', 'timmy'],
  victoria: ['vicky', 'vicki', 'tori'],
  william: ['will', 'bill', 'billy', 'willie'],
};

/** Name (folded, lower case) → the full names it can stand for. */
const BASES = new Map<string, string[]>();
for (const [full, shorts] of Object.entries(NICKNAMES)) {
  for (const name of [full, ...shorts]) {
    const list = BASES.get(name);
    if (list === undefined) BASES.set(name, [full]);
    else if (!list.includes(full)) list.push(full);
  }
}

/**
 * The full first name two different first names can both stand for
 * (`bob`, `rob` → `robert`; `bill`, `william` → `william`), or `undefined`.
 */
export function nicknameBase(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const left = BASES.get(a);
  const right = BASES.get(b);
  if (left === undefined || right === undefined) return undefined;
  return left.find((full) => right.includes(full));
}
