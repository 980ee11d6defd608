import type { Item } from "@/lib/families/document";
import { Markdown } from "../markdown";

function Entry({ item }: { item: Item }) {
  if (item.kind === "note") {
    return (
      <li className="list-none -ml-5 my-2 text-slate-600">
        <Markdown source={item.text} />
      </li>
    );
  }
  if (item.kind === "group") {
    return (
      <li className="list-none -ml-5 mt-4">
        <p className="font-semibold text-slate-800">
          <Markdown source={item.text} inline />
        </p>
        <ItemList items={item.children} ordered={item.ordered} />
      </li>
    );
  }
  return (
    <li className="my-1 pl-1">
      <Markdown source={item.text} inline />
      {item.children.length > 0 && <ItemList items={item.children} ordered={item.ordered} />}
    </li>
  );
}

/** A list as the source had it: bullets, nested bullets, labelled groups and notes in order. */
export function ItemList({ items, ordered = false }: { items: Item[]; ordered?: boolean }) {
  if (items.length === 0) return null;
  const List = ordered ? "ol" : "ul";
  return (
    <List className={`${ordered ? "list-decimal" : "list-disc"} ml-5 marker:text-slate-400 leading-relaxed`}>
      {items.map((item, i) => (
        <Entry key={i} item={item} />
      ))}
    </List>
  );
}
