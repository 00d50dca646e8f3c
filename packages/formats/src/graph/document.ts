/**
 * What GEXF and GraphML readers share around the nodes and edges: the XML
 * document with its root element and one `<graph>`, the issues about the
 * document's shape, and the profile the file names.
 */
import type { InputIssue } from '@muster/core';
import type { IssueList } from '@muster/core/reader';
import { defaultProfile, type ReadOptions } from '@muster/core';
import { getBuiltinProfile } from '@muster/core';
import type { Profile } from '@muster/core';
import { XmlSyntaxError } from '../xml/scan.js';
import { childrenNamed, parseXml, type XmlElement } from '../xml/tree.js';

/** The graph-level name under which the profile id is written (GEXF keyword prefix, GraphML graph data). */
export const PROFILE_KEY = 'muster-profile';

/** How a reader names its format in issues. */
export interface GraphFormat {
  /** The format's name (`GEXF`). */
  name: string;
  /** The local name of its root element (`gexf`). */
  root: string;
  /** The hint when the root element is another. */
  otherRootHint: string;
  /** The hint when the file does not hold exactly one `<graph>`. */
  oneGraphHint: string;
}

/** An `xml-shape` issue: the XML is well-formed but is not the format, or holds what Muster cannot take. */
export function shapeIssue(file: string, message: string, hint: string, at: Partial<InputIssue> = {}): InputIssue {
  return { code: 'xml-shape', file, message, hint, ...at };
}

/** Parses XML text for a reader, turning a syntax error into a located `xml-syntax` issue. */
function readXml(text: string, file: string, format: string, issues: IssueList): XmlElement | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    issues.add({ code: 'file-empty', file, message: 'the file is empty', hint: `it must hold one ${format} document` });
    return undefined;
  }
  try {
    return parseXml(body);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    issues.add({
      code: 'xml-syntax',
      file,
      line: error.line,
      message: `the file is not valid XML (line ${error.line}, character ${error.column}): ${error.message}`,
      hint: 'check the file near that place: a tag left open, a missing quote, or a & that should be &amp;',
    });
    return undefined;
  }
}

/**
 * The document's root element, which must be the format's; else throws a
 * `MusterInputError` (an empty file, XML syntax by line and character, or
 * another root element).
 */
export function readGraphRoot(text: string, file: string, format: GraphFormat, shape: IssueList): XmlElement {
  const root = readXml(text, file, format.name, shape);
  shape.throwIfAny();
  if (root!.local !== format.root) {
    shape.add(
      shapeIssue(
        file,
        `the file is not ${format.name}: its root element is <${root!.name}>, not <${format.root}>`,
        format.otherRootHint,
        { line: root!.line },
      ),
    );
    shape.throwIfAny();
  }
  return root!;
}

/** The root's one `<graph>`; when there is none or several, throws a `MusterInputError` with every issue so far. */
export function oneGraph(root: XmlElement, file: string, format: GraphFormat, shape: IssueList): XmlElement {
  const graphs = childrenNamed(root, 'graph');
  if (graphs.length !== 1) {
    shape.add(
      shapeIssue(
        file,
        graphs.length === 0
          ? `the ${format.name} file has no <graph>`
          : `the ${format.name} file holds ${graphs.length} graphs`,
        format.oneGraphHint,
        { line: graphs[1]?.line ?? root.line },
      ),
    );
    shape.throwIfAny();
  }
  return graphs[0]!;
}

/** The profile the roles are read against, and the dataset's own profile. */
export interface ChosenProfile {
  profile: Profile;
  own: Profile | undefined;
}

/**
 * The profile the roles are read against, and the dataset's own profile:
 * `options.profile` first; else the built-in profile whose id the file
 * names; else the default. A file naming a profile Muster does not have is
 * refused unless `options.profile` is given.
 */
export function chooseGraphProfile(
  options: ReadOptions,
  profileId: string | undefined,
  file: string,
  issues: IssueList,
): ChosenProfile {
  const builtin = profileId === undefined ? undefined : getBuiltinProfile(profileId);
  const own = builtin === undefined ? undefined : structuredClone(builtin);
  if (options.profile !== undefined) return { profile: options.profile, own };
  if (profileId !== undefined && own === undefined) {
    issues.add({
      code: 'profile-invalid',
      file,
      column: PROFILE_KEY,
      value: profileId,
      message: `the file was written for the profile '${profileId}', which is not a built-in profile`,
      hint: `give that profile (its .json file) with --profile`,
    });
  }
  return { profile: own ?? defaultProfile(), own };
}
