import { testRule } from "../rule-tester.js";

testRule("go-install-version", {
  valid: [
    "FROM golang:1.23\nRUN go install github.com/foo/foobar@v1.2.3\n",
    { name: "go get and go run pinned", code: "FROM golang:1.23\nRUN go get github.com/foo/barfoo@v1.2.3 && go run github.com/foo/foobar@v1.2.3 -flag latest\n" },
    { name: "commit", code: "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@8f4fb1d\n" },
    { name: "local packages", code: "FROM golang:1.23\nRUN go run . && go run /go/app/foobar && go install ./cmd/... && go run main.go util.go\n" },
    { name: "flags with values", code: "FROM golang:1.23\nRUN go install -ldflags '-s -w' -tags netgo golang.org/x/tools/cmd/goimports@v0.24.0\n" },
    { name: "version in an ARG", code: "FROM golang:1.23\nARG GOPLS_VERSION\nRUN go install golang.org/x/tools/gopls@${GOPLS_VERSION}\n" },
    { name: "not fetching", code: "FROM golang:1.23\nRUN go build -o /app ./cmd/app && go mod download && go get\n" },
    { name: "difference: a standard-library package has no version to give", code: "FROM golang:1.23\nRUN go install cmd/vet\n" },
  ],
  invalid: [
    {
      code: "FROM golang:1.23\nRUN go install github.com/foo/foobar\n",
      errors: [{ messageId: "unpinned", line: 2, column: 16, message: "`github.com/foo/foobar` has no fixed version: use `github.com/foo/foobar@<version>` so rebuilds install the same code." }],
      output: null,
    },
    { name: "@latest", code: "FROM golang:1.23\nRUN go install github.com/foo/barfoo@latest\n", errors: [{ messageId: "unpinned", line: 2, column: 16 }], output: null },
    { name: "go get", code: "FROM golang:1.23\nRUN go get github.com/foo/foobar && go get -u github.com/foo/barfoo@latest\n", errors: [{ messageId: "unpinned", line: 2, column: 12 }, { messageId: "unpinned", line: 2, column: 47 }], output: null },
    { name: "go run, its arguments are not packages", code: "FROM golang:1.23\nRUN go run github.com/foo/barfoo@latest example.com/arg\n", errors: [{ messageId: "unpinned", line: 2, column: 12 }], output: null },
    {
      name: "go get -d then go install: reported once, at the go get",
      code: "FROM golang:1.10\nRUN go get -d github.com/influxdata/x/dockerlib && \\\n    go install github.com/influxdata/x/dockerlib\n",
      errors: [{ messageId: "unpinned", line: 2, column: 15 }],
      output: null,
    },
    { name: "branch query", code: "FROM golang:1.23\nRUN go install github.com/foo/bar/cmd/x@master\n", errors: [{ messageId: "unpinned", line: 2, column: 16 }], output: null },
    {
      name: "multi-line",
      code: "FROM golang:1.23\nRUN go install \\\n      golang.org/x/tools/cmd/goimports@v0.24.0 \\\n      honnef.co/go/tools/cmd/staticcheck@latest\n",
      errors: [{ messageId: "unpinned", line: 4, column: 7, message: /`honnef.co\/go\/tools\/cmd\/staticcheck`/ }],
      output: null,
    },
    {
      name: "difference: a branch query (@master) moves like @latest",
      code: "FROM golang:1.23\nRUN go install example.com/tool@master\n",
      errors: [{ messageId: "unpinned", line: 2, column: 16 }],
      output: null,
    },
  ],
});
