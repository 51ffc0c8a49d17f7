import { testRule } from "../rule-tester.js";

const files = {
  "/project/Dockerfile":
    "ARG PY\nFROM python:${PY}-slim AS build\nARG APP_VERSION\nARG EXTRAS\nARG DEBUG\n" +
    'RUN pip install --no-cache-dir app==${APP_VERSION}\nRUN if [ -n "$EXTRAS" ]; then pip install $EXTRAS; fi\nRUN echo "debug: $DEBUG"\n' +
    "FROM python:3.12 AS unused\nARG ONLY_UNUSED\nRUN pip install x==$ONLY_UNUSED\n" +
    "FROM build AS app\nARG TARGETARCH\nCOPY bin/${TARGETARCH}/tool /usr/local/bin/\n",
};
const dockerfile = (text: string) => ({ "/project/Dockerfile": text });

testRule("compose-build-arg-missing", {
  valid: [
    { code: "services:\n  app:\n    build:\n      context: .\n      args:\n        PY: '3.12'\n        APP_VERSION: 2.4.1\n", files },
    { name: "passed by name alone: Compose takes it from the environment", code: "services:\n  app:\n    build:\n      context: .\n      args: [PY, APP_VERSION]\n", files },
    { name: "a value .env does not set is still passed", code: "services:\n  app:\n    build:\n      context: .\n      args:\n        - PY=${PY}\n        - APP_VERSION=1.0\n", files },
    { name: "the stage that uses it is not built for this target", code: "services:\n  app:\n    build:\n      context: .\n      target: unused\n", files: dockerfile("FROM python:3.12 AS unused\nFROM python:3.12 AS dev\nARG V\nRUN pip install x==$V\n") },
    { name: "a default where it is read", code: "services:\n  app:\n    build: .\n", files: dockerfile("ARG PY\nFROM python:${PY:-3.12}-slim\nARG V\nRUN pip install x==${V:-1.0} && echo ${V:+set}\n") },
    { name: "tested anywhere: optional by design", code: "services:\n  app:\n    build: .\n", files: dockerfile("FROM python:3.12\nARG V\nRUN [[ -z $V ]] || pip install x==$V\n") },
    { name: "an ENV or a stage ARG's global default gives it a value", code: "services:\n  app:\n    build: .\n", files: dockerfile("ARG V=1.0\nFROM python:3.12\nARG V\nARG W\nENV W=2.0\nRUN pip install x==$V y==$W\n") },
    { name: "only shown, set in ENV, or read by a program without a shell", code: "services:\n  app:\n    build: .\n", files: dockerfile('FROM python:3.12\nARG V\nENV APP_V=$V\nLABEL version=$V\nRUN echo "$V"\nRUN ["/bin/tool", "$V"]\nCMD echo $V\n') },
    { name: "BuildKit's platform and proxy args", code: "services:\n  app:\n    build: .\n", files: dockerfile("FROM --platform=$BUILDPLATFORM golang:1.23\nARG TARGETOS\nARG HTTP_PROXY\nRUN GOOS=$TARGETOS go build -o /out/app . && curl --proxy $HTTP_PROXY x\n") },
    { name: "no Dockerfile to read", code: "services:\n  app:\n    build: elsewhere\n", files },
    { name: "not built", code: "services:\n  app:\n    image: app:1.0\n", files },
  ],
  invalid: [
    {
      code: "services:\n  app:\n    build: .\n",
      files,
      errors: [
        {
          messageId: "missing",
          message: "`PY` has no default (Dockerfile line 1) and the build uses it (FROM on line 2), but `app` does not pass it: it is empty. Add it to `args:` or give the ARG a default.",
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 10,
        },
        { messageId: "missing", message: /^`APP_VERSION` has no default \(Dockerfile line 3\) and the build uses it \(RUN on line 6\)/, line: 3, column: 5, endLine: 3, endColumn: 10 },
      ],
      output: null,
    },
    {
      name: "on `args:` when the service has one",
      code: "services:\n  app:\n    build:\n      context: .\n      args:\n        PY: '3.12'\n        DEBUG: '1'\n",
      files,
      errors: [{ messageId: "missing", message: /^`APP_VERSION` has no default/, line: 5, column: 7, endLine: 5, endColumn: 11 }],
      output: null,
    },
    {
      name: "a stage ARG with no global default, in a COPY path; a sh -c script of an exec-form RUN",
      code: "services:\n  app:\n    build:\n      context: .\n      dockerfile: app.Dockerfile\n",
      files: { "/project/app.Dockerfile": 'ARG DIST\nFROM nginx:1.27\nARG DIST\nCOPY ${DIST}/ /usr/share/nginx/html/\nARG TAG\nRUN ["sh", "-c", "git clone --branch $TAG https://example.com/repo.git"]\n' },
      errors: [
        { messageId: "missing", message: /^`DIST` has no default \(app.Dockerfile line 3\) and the build uses it \(COPY on line 4\)/, line: 3, column: 5, endLine: 3, endColumn: 10 },
        { messageId: "missing", message: /^`TAG` has no default \(app.Dockerfile line 5\) and the build uses it \(RUN on line 6\)/, line: 3, column: 5, endLine: 3, endColumn: 10 },
      ],
      output: null,
    },
  ],
});
