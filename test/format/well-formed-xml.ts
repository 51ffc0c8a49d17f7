// A small strict XML well-formedness check for the XML formatters' tests (no XML library needed).
import { expect } from "vitest";

/** A small strict check: one root, balanced tags, quoted unique attributes, only known references, no raw controls. */
export function assertWellFormed(xml: string) {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="utf-8"\?>\n/, "");
  expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  const badReference = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  for (const [token] of body.matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith("<")) {
      expect(token).not.toMatch(badReference);
      if (!stack.length) expect(token.trim()).toBe("");
      continue;
    }
    const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>$/.exec(token);
    expect(tag, token).not.toBeNull();
    const [, close, name, attributes, selfClosing] = tag!;
    expect(attributes).not.toMatch(badReference);
    const names = [...attributes.matchAll(/([\w.-]+)="/g)].map((a) => a[1]);
    expect(new Set(names).size).toBe(names.length);
    if (close) {
      expect(stack.pop()).toBe(name);
    } else {
      if (!stack.length) roots++;
      if (!selfClosing) stack.push(name);
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}
