import { testRule } from "../rule-tester.js";

testRule("no-secrets-in-arg-env", {
  valid: [
    "FROM alpine:3.20\nRUN --mount=type=secret,id=aws_key,env=AWS_SECRET_ACCESS_KEY aws s3 cp s3://bucket/file .\n",
    { name: "not a whole part", code: "FROM alpine:3.20\nENV MONKEY=1 KEYBOARD=us TOKENIZER=bpe AUTHOR=ada\n" },
    { name: "public", code: "FROM alpine:3.20\nARG PUBLIC_KEY\nENV STRIPE_PUBLIC_KEY=pk_test\n" },
    { name: "file holding the secret", code: "FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n" },
    { name: "a setting or a log-in name", code: "FROM apache/airflow:2.10.2\nENV AIRFLOW__API__AUTH_BACKENDS=airflow.api.auth.backend.session SMTP_AUTH_USER=mailer NEO4J_AUTH=none\n" },
    { name: "locations", code: "FROM alpine:3.20\nENV AUTH_URL=https://auth.example.com SSH_AUTH_SOCK=/ssh-agent KEY_DIR=/keys\n" },
    { name: "settings and switches", code: "FROM alpine:3.20\nARG DOCKER_AUTH_VERSION=1\nENV USE_GKE_GCLOUD_AUTH_PLUGIN=True ALLOW_EMPTY_PASSWORD=yes AUTH_METHOD=md5\n" },
    { name: "GPG key fingerprint", code: "FROM debian:12\nENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305\nENV GPG_KEYS=A035C8C19219BA821ECEA86B64E628F8D684696D\n" },
    { name: "ENV cleared", code: 'FROM alpine:3.20\nENV API_TOKEN=""\nENV DB_PASSWORD=\n' },
    {
      name: "public key material in a key-named variable: fingerprints, key ids, key files, keyservers",
      code:
        "FROM haskell:9\nARG GHC_RELEASE_KEY=88B57FCF7DB53B4DB3BFA4B1588764FBE22D19C4\n" +
        'ENV NODE_SIGNING_KEY="A035 C8C1 9219 BA82 1ECE  A86B 64E6 28F8 D684 696D"\n' +
        "ARG PHP_RELEASE_KEY=0x3F3B9B42 APP_SIGNING_KEY=F1A3C50E8F2D9B11\n" +
        "ENV KEY=repodata/repomd.xml.key REPO_KEY=https://example.com/keys/release.asc MONGO_KEY=hkps://keyserver.ubuntu.com\n" +
        "ARG SIGNING_KEY=88B57FCF7DB53B4DB3BFA4B1588764FBE22D19C4\nENV RELEASE_KEY=${SIGNING_KEY}\n",
    },
    {
      name: "switches and counts are not secrets",
      code: "FROM debian:12\nENV APT_KEY_DONT_WARN_ON_DANGEROUS_USAGE=1 TS_DISABLE_TOKEN_AUTHORIZATION=true\nARG TOKEN_REFRESH=no\n",
    },
    { name: "an absolute path says where the secret is", code: 'FROM selenium/standalone-chrome:4\nENV SE_JAVA_SSL_TRUST_STORE_PASSWORD="/opt/selenium/secrets/server.pass"\n' },
    { name: "no secret token", code: "FROM alpine:3.20\nARG VERSION=1.2\nENV PATH=/app/bin:$PATH\n" },
    { name: "difference: names that hold where a secret is, and public signing-key fingerprints, are exempt", code: "FROM alpine:3.20\nARG PASSWORD_FILE=/run/secrets/password\nENV GPG_KEY=0123456789ABCDEF\n" },
    { name: "difference: an ENV set to the empty string clears a value", code: 'FROM alpine:3.20\nENV DB_PASSWORD=""\n' },
    { name: "difference: setting names and switches are exempt", code: "FROM alpine:3.20\nARG TOKEN_TTL=3600\nENV ALLOW_TOKEN_AUTH=true AUTH_METHOD=oidc\n" },
  ],
  invalid: [
    {
      name: "still secrets: an unset ARG, secret-shaped values, hex that is no fingerprint, 40 hex in a token, unknown values",
      code:
        "FROM alpine:3.20\nARG SIGNING_KEY\nENV API_KEY=FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000000000000000000\n" +
        "ENV GITHUB_TOKEN=88b57fcf7db53b4db3bfa4b1588764fbe22d19c4 DB_PASSWORD=1234567\nARG X\nENV RELEASE_KEY=$X\n",
      errors: [{ messageId: "secret", line: 2, column: 5 }, { messageId: "secret", line: 3, column: 5 }, { messageId: "secret", line: 4, column: 5 }, { messageId: "secret", line: 4, column: 59 }, { messageId: "secret", line: 6, column: 5 }],
      output: null,
    },
    {
      name: "BuildKit's example",
      code: "FROM scratch\nARG AWS_SECRET_ACCESS_KEY\n",
      errors: [{ messageId: "secret", line: 2, column: 5, message: /ARG `AWS_SECRET_ACCESS_KEY`/ }],
      output: null,
    },
    {
      name: "BuildKit's docs: two ARGs",
      code: "FROM alpine:3.20\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\nRUN aws s3 cp s3://my-bucket/file .\n",
      errors: [{ messageId: "secret", line: 2, column: 5 }, { messageId: "secret", line: 3, column: 5 }],
      output: null,
    },
    {
      name: "BuildKit's PR: every pair of an ENV, lower case",
      code: "FROM alpine:3.20\nENV passwd=banana secret=passwd\n",
      errors: [{ messageId: "secret", line: 2, column: 5, message: /ENV `passwd`/ }, { messageId: "secret", line: 2, column: 19 }],
      output: null,
    },
    {
      name: "legacy ENV form, multi-line ARG",
      code: "FROM alpine:3.20\nENV GITHUB_TOKEN ghp_abc\nARG A=1 \\\n    DB_PASSWORD=changeme\n",
      errors: [{ messageId: "secret", line: 2, column: 5 }, { messageId: "secret", line: 4, column: 5 }],
      output: null,
    },
    {
      name: "global ARG, whole-name token, credentials",
      code: "ARG AUTH\nARG GOOGLE_APPLICATION_CREDENTIALS_JSON\nFROM alpine:3.20\n",
      errors: [{ messageId: "secret", line: 1, column: 5 }, { messageId: "secret", line: 2, column: 5 }],
      output: null,
    },
  ],
});
