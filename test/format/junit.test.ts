// JUnit XML: a suite per file, a case per rule with findings (failed at or above the run's failure
// threshold, skipped below it), a passing case when clean.
import { describe, expect, it } from "vitest";
import { junit } from "../../src/format/junit.js";
import { summarize } from "../../src/engine/result.js";
import { assertWellFormed } from "./well-formed-xml.js";
import { finding } from "./finding.js";

const results = [
  summarize("/p/Dockerfile", [
    finding({ line: 2, column: 1, level: "error", severity: 2, message: "Use <a & b> not \"c\".", ruleId: "a-rule" }),
    finding({ line: 3, column: 7, message: "Spans\r\nlines.", ruleId: "b-rule" }),
    finding({ line: 9, column: 2, level: "info", message: "Again.", ruleId: "b-rule" }),
  ]),
  summarize("/p/clean/Dockerfile", []),
  summarize("sub\\R&D.Dockerfile", [
    finding({ line: 12, column: 10, level: "info", message: "Could be better.", ruleId: "c-rule" }),
    finding({ level: "style", message: "Style.", ruleId: "c-rule" }),
    finding({ ruleId: null, message: "Unknown rule 'nope' in pragma." }),
  ]),
];

describe("junit formatter", () => {
  it("passes a clean file with one test case", () => {
    const output = junit([summarize("/p/Dockerfile", [])], { cwd: "/p", color: false });
    expect(output).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="docklint" tests="1" failures="0" errors="0" skipped="0">',
        '  <testsuite name="Dockerfile" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="docklint" classname="Dockerfile"/>',
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
    assertWellFormed(output);
  });

  it("with the threshold at style, fails one case per file and rule, typed by the worst level, escaped", () => {
    const output = junit(results, { cwd: "/p", color: false, failureThreshold: "style" });
    expect(output).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="docklint" tests="5" failures="4" errors="0" skipped="0">',
        '  <testsuite name="Dockerfile" tests="2" failures="2" errors="0" skipped="0">',
        '    <testcase name="a-rule" classname="Dockerfile">',
        '      <failure message="Use &lt;a &amp; b&gt; not &quot;c&quot;." type="error">Dockerfile:2:1: error Use &lt;a &amp; b&gt; not &quot;c&quot;.</failure>',
        "    </testcase>",
        '    <testcase name="b-rule" classname="Dockerfile">',
        '      <failure message="2 problems" type="warning">Dockerfile:3:7: warning Spans&#13;&#10;lines.',
        "Dockerfile:9:2: info Again.</failure>",
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="clean/Dockerfile" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="docklint" classname="clean/Dockerfile"/>',
        "  </testsuite>",
        '  <testsuite name="sub\\R&amp;D.Dockerfile" tests="2" failures="2" errors="0" skipped="0">',
        '    <testcase name="c-rule" classname="sub\\R&amp;D.Dockerfile">',
        '      <failure message="2 problems" type="info">sub\\R&amp;D.Dockerfile:12:10: info Could be better.',
        "sub\\R&amp;D.Dockerfile:1:1: style Style.</failure>",
        "    </testcase>",
        '    <testcase name="docklint" classname="sub\\R&amp;D.Dockerfile">',
        '      <failure message="Unknown rule &apos;nope&apos; in pragma." type="warning">sub\\R&amp;D.Dockerfile:1:1: warning Unknown rule &apos;nope&apos; in pragma.</failure>',
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
    assertWellFormed(output);
  });

  it("by default (threshold warning), a case whose findings are all below it is skipped, not failed, and lists them", () => {
    const output = junit(results, { cwd: "/p", color: false });
    expect(output).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="docklint" tests="5" failures="3" errors="0" skipped="1">',
        '  <testsuite name="Dockerfile" tests="2" failures="2" errors="0" skipped="0">',
        '    <testcase name="a-rule" classname="Dockerfile">',
        '      <failure message="Use &lt;a &amp; b&gt; not &quot;c&quot;." type="error">Dockerfile:2:1: error Use &lt;a &amp; b&gt; not &quot;c&quot;.</failure>',
        "    </testcase>",
        '    <testcase name="b-rule" classname="Dockerfile">',
        '      <failure message="2 problems" type="warning">Dockerfile:3:7: warning Spans&#13;&#10;lines.',
        "Dockerfile:9:2: info Again.</failure>",
        "    </testcase>",
        "  </testsuite>",
        '  <testsuite name="clean/Dockerfile" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase name="docklint" classname="clean/Dockerfile"/>',
        "  </testsuite>",
        '  <testsuite name="sub\\R&amp;D.Dockerfile" tests="2" failures="1" errors="0" skipped="1">',
        '    <testcase name="c-rule" classname="sub\\R&amp;D.Dockerfile">',
        '      <skipped message="below the failure threshold (warning): 2 problems">sub\\R&amp;D.Dockerfile:12:10: info Could be better.',
        "sub\\R&amp;D.Dockerfile:1:1: style Style.</skipped>",
        "    </testcase>",
        '    <testcase name="docklint" classname="sub\\R&amp;D.Dockerfile">',
        '      <failure message="Unknown rule &apos;nope&apos; in pragma." type="warning">sub\\R&amp;D.Dockerfile:1:1: warning Unknown rule &apos;nope&apos; in pragma.</failure>',
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
    assertWellFormed(output);
  });

  it.each([
    ["error", ["failure", "skipped", "skipped", "skipped"]],
    ["warning", ["failure", "failure", "skipped", "failure"]],
    ["info", ["failure", "failure", "failure", "failure"]],
    ["none", ["skipped", "skipped", "skipped", "skipped"]],
  ] as const)("with the threshold at %s, fails exactly the cases it reaches", (failureThreshold, elements) => {
    const output = junit(results, { cwd: "/p", color: false, failureThreshold });
    expect([...output.matchAll(/^ {6}<(failure|skipped) /gm)].map((m) => m[1])).toEqual(elements);
    const failures = elements.filter((e) => e === "failure").length;
    expect(output).toContain(`<testsuites name="docklint" tests="5" failures="${failures}" errors="0" skipped="${4 - failures}">`);
    assertWellFormed(output);
  });
});
