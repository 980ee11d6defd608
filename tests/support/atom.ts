import { SaxesParser } from "saxes";

const ATOM = "http://www.w3.org/2005/Atom";

type Node = { name: string; uri: string; attributes: Record<string, string>; children: Node[]; text: string };

/** A strict, namespace-aware parse (saxes: any well-formedness error throws) into a small element tree. */
function parseXml(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: "", uri: "", attributes: {}, children: [], text: "" };
  const open = [root];
  parser.on("error", (error) => {
    throw new Error(`not well-formed XML: ${error.message}`);
  });
  parser.on("opentag", (tag) => {
    const node: Node = {
      name: tag.local,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])),
      children: [],
      text: "",
    };
    open.at(-1)!.children.push(node);
    open.push(node);
  });
  parser.on("text", (text) => (open.at(-1)!.text += text));
  parser.on("cdata", (text) => (open.at(-1)!.text += text));
  parser.on("closetag", () => open.pop());
  parser.write(xml).close();
  return root.children[0];
}

export type ParsedEntry = { id: string; title: string; author: string; updated: string; link: string; summary: string; content: string };

/**
 * Parses an Atom document strictly and checks what RFC 4287 requires of it: a feed element in the
 * Atom namespace with id, title and a date in updated, and id, title and updated in every entry.
 * Returns the parts a reader shows, as text.
 */
export function parseAtom(xml: string): { id: string; title: string; updated: string; entries: ParsedEntry[] } {
  const feed = parseXml(xml);
  if (feed.name !== "feed" || feed.uri !== ATOM) throw new Error("the root is not an Atom <feed>");
  const child = (parent: Node, name: string) => parent.children.find((c) => c.name === name && c.uri === ATOM);
  const required = (parent: Node, name: string) => {
    const element = child(parent, name);
    if (!element) throw new Error(`<${parent.name}> lacks its required <${name}>`);
    return element.text;
  };
  const date = (parent: Node) => {
    const updated = required(parent, "updated");
    if (Number.isNaN(Date.parse(updated))) throw new Error(`<updated> is not a date: ${updated}`);
    return updated;
  };
  const entries = feed.children
    .filter((c) => c.name === "entry" && c.uri === ATOM)
    .map((entry) => ({
      id: required(entry, "id"),
      title: required(entry, "title"),
      updated: date(entry),
      author: child(entry, "author") ? required(child(entry, "author")!, "name") : "",
      link: child(entry, "link")?.attributes.href ?? "",
      summary: child(entry, "summary")?.text ?? "",
      content: child(entry, "content")?.text ?? "",
    }));
  return { id: required(feed, "id"), title: required(feed, "title"), updated: date(feed), entries };
}
