import { testRule } from "../rule-tester.js";

testRule("gem-pin-versions", {
  valid: [
    "FROM ruby:3.3\nRUN gem install bundler:1\n",
    { name: "gem i", code: "FROM ruby:3.3\nRUN gem i bunlder:1 nokogiri:1\n" },
    { name: "-v", code: "FROM ruby:3.3\nRUN gem install bundler -v '2.0.1'\n" },
    { name: "--version", code: "FROM ruby:3.3\nRUN gem install bundler --version '2.0.1' && gem install rake --version='13.0'\n" },
    { name: "build options after --", code: "FROM ruby:3.3\nRUN gem install bundler:2.0.1 -- --use-system-libraries=true && gem install nokogiri:1.16 -- --use-system-libraries true\n" },
    { name: "local .gem", code: "FROM ruby:3.3\nRUN gem install ./pkg/mygem-1.0.gem\n" },
    { name: "version in an ARG", code: "FROM ruby:3.3\nARG V\nRUN gem install bundler:${V}\n" },
    { name: "not install", code: "FROM ruby:3.3\nRUN gem update --system && gem uninstall rake\n" },
    { name: "difference: a version held in a variable without default counts as a pin", code: "FROM ruby:3.3\nARG BUNDLER_VERSION\nRUN gem install bundler:${BUNDLER_VERSION}\n" },
    { name: "difference: a gem whose name is a variable of unknown value is not reported", code: "FROM ruby:3.3\nARG GEM\nRUN gem install $GEM\n" },
  ],
  invalid: [
    {
      code: "FROM ruby:3.3\nRUN gem install bundler\n",
      errors: [{ messageId: "unpinned", line: 2, column: 17, message: "`bundler` has no version: use `bundler:<version>` so rebuilds install the same gem." }],
      output: null,
    },
    { name: "gem i", code: "FROM ruby:3.3\nRUN gem i bundler\n", errors: [{ messageId: "unpinned", line: 2, column: 11 }], output: null },
    { name: "one of several", code: "FROM ruby:3.3\nRUN gem i bunlder:1 nokogiri\n", errors: [{ messageId: "unpinned", line: 2, column: 21 }], output: null },
    {
      name: "multi-line with flags",
      code: "FROM ruby:3.3\nRUN gem install --no-document \\\n      -n /usr/local/bin \\\n      rails \\\n && gem cleanup\n",
      errors: [{ messageId: "unpinned", line: 4, column: 7, message: /`rails`/ }],
      output: null,
    },
  ],
});
