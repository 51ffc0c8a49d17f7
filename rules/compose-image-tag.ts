// Flags a service image without a tag (or digest), or on a tag that floats (`latest`, `lts`, `stable`, ...):
// each pull may bring another image.
import type { ComposeRule } from "../src/engine/rule.js";
import { parseImageRef } from "../src/parse/image-ref.js";
import { floatingTag } from "../src/images/floating-tags.js";

const rule: ComposeRule = {
  meta: {
    type: "suggestion",
    language: "compose",
    docs: {
      description: "A service's `image:` without a tag or digest, or tagged `latest` or another tag that floats (`lts`, `stable`, `edge`, `main`).",
      rationale:
        "`image: postgres` is `postgres:latest`, and `latest` moves: the next `docker compose pull` (or a fresh " +
        "machine) runs another major version than the one the project was tested with, with other defaults and " +
        "on-disk formats. Tags named for a channel float the same way: `node:lts`, `nginx:stable` or `mainline`, " +
        "`alpine:edge`, `ubuntu:rolling`, `debian:testing`, and a project's branch builds (`:main`, `:dev`, `:nightly`), " +
        "also with variant words (`node:lts-alpine`). A version tag (`postgres:16.4`) or a digest says which image the project runs. A service " +
        "that also has `build:` names the image it builds with `image:`, and is not flagged. An image whose name comes " +
        "from a variable of unknown value is not judged.",
      examples: {
        valid: ["services:\n  db:\n    image: postgres:16.4\n", "services:\n  app:\n    build: .\n    image: myorg/app\n"],
        invalid: [
          "services:\n  db:\n    image: postgres\n",
          "services:\n  db:\n    image: postgres:latest\n",
          "services:\n  web:\n    image: node:lts-alpine\n",
        ],
      },
      recommended: true,
    },
    aliases: ["service-image-require-explicit-tag"],
    defaultLevel: "warning",
    messages: {
      untagged: "`{{image}}` names no tag: it runs whatever `latest` is when it is pulled. Name a version, e.g. `{{image}}:<version>`.",
      latest: "`{{image}}` runs whatever `latest` is when it is pulled: name a version instead.",
      floating: "`{{image}}` runs whatever `{{tag}}` is when it is pulled (`{{tag}}` follows {{follows}}): name a version instead.",
    },
    schema: [],
  },
  create(context) {
    return {
      ComposeService(service) {
        const image = service.image;
        if (!image || image.text === null || !image.text || service.get("build")) return;
        const ref = parseImageRef(image.text);
        if (!ref || ref.digest) return;
        if (ref.tag === null) {
          context.report({ node: image, messageId: "untagged", data: { image: image.text } });
          return;
        }
        const floating = floatingTag(ref.tag);
        if (!floating) return;
        if (ref.tag === "latest") context.report({ node: image, messageId: "latest", data: { image: image.text } });
        else context.report({ node: image, messageId: "floating", data: { image: image.text, tag: ref.tag, follows: floating.follows } });
      },
    };
  },
};

export default rule;
