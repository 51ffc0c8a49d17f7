// Checkstyle XML: every file listed, levels mapped, everything escaped into well-formed XML.
import { describe, expect, it } from "vitest";
import { checkstyle } from "../../src/format/checkstyle.js";
import { escapeXml } from "../../src/format/xml.js";
import { summarize } from "../../src/engine/result.js";
import { assertWellFormed } from "./well-formed-xml.js";
import { finding } from "./finding.js";

describe("checkstyle formatter", () => {
  it("lists a clean file with no errors", () => {
    const output = checkstyle([summarize("/p/Dockerfile", [])], { cwd: "/p", color: false });
    expect(output).toBe('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n  <file name="Dockerfile"/>\n</checkstyle>\n');
    assertWellFormed(output);
  });

  it("maps levels, names the rule as source, escapes attributes", () => {
    const results = [
      summarize("/p/Dockerfile", [
        finding({ line: 2, column: 1, level: "error", severity: 2, message: "Use <a & b> not \"c\" or 'd'.", ruleId: "a-rule" }),
        finding({ line: 3, column: 7, message: "Spans\r\nlines\tand\u0007bells.", ruleId: "b-rule" }),
      ]),
      summarize("/p/clean/Dockerfile", []),
      summarize("sub\\R&D<1>.Dockerfile", [
        finding({ line: 12, column: 10, level: "info", message: "Could be better.", ruleId: "c-rule" }),
        finding({ level: "style", message: "Style.", ruleId: "d-rule" }),
        finding({ ruleId: null, message: "Unknown rule 'nope' in pragma." }),
      ]),
    ];
    const output = checkstyle(results, { cwd: "/p", color: false });
    expect(output).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="Dockerfile">',
        '    <error line="2" column="1" severity="error" message="Use &lt;a &amp; b&gt; not &quot;c&quot; or &apos;d&apos;." source="a-rule"/>',
        '    <error line="3" column="7" severity="warning" message="Spans&#13;&#10;lines&#9;and\uFFFDbells." source="b-rule"/>',
        "  </file>",
        '  <file name="clean/Dockerfile"/>',
        '  <file name="sub\\R&amp;D&lt;1&gt;.Dockerfile">',
        '    <error line="12" column="10" severity="info" message="Could be better." source="c-rule"/>',
        '    <error line="1" column="1" severity="info" message="Style." source="d-rule"/>',
        '    <error line="1" column="1" severity="warning" message="Unknown rule &apos;nope&apos; in pragma." source="docklint"/>',
        "  </file>",
        "</checkstyle>",
        "",
      ].join("\n"),
    );
    assertWellFormed(output);
  });

  it("the well-formedness check rejects broken XML", () => {
    for (const broken of ["<a><b></a>", "<a>&</a>", '<a x="1" x="2"/>', "<a/><b/>", "<a>\u0007</a>", "<a x=1/>"]) {
      expect(() => assertWellFormed(broken), broken).toThrow();
    }
  });

  it("replaces what XML cannot carry even as a reference", () => {
    expect(escapeXml("a\u0000b\u001Fc\uFFFEd\uD800e\uDC00f\uD83D\uDC33g")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uD83D\uDC33g");
  });
});
