// Flags a service image without a tag (or digest), or on `latest`: each pull may bring another image.
import type { ComposeRule } from "../src/engine/rule.js";
import { parseImageRef } from "../src/parse/image-ref.js";

const rule: ComposeRule = {
  meta: {
    type: "suggestion",
    language: "compose",
    docs: {
      description: "A service's `image:` without a tag or digest, or tagged `latest`.",
      rationale:
        "`image: postgres` is `postgres:latest`, and `latest` moves: the next `docker compose pull` (or a fresh " +
        "machine) runs another major version than the one the project was tested with, with other defaults and " +
        "on-disk formats. A version tag (`postgres:16.4`) or a digest says which image the project runs. A service " +
        "that also has `build:` names the image it builds with `image:`, and is not flagged. An image whose name comes " +
        "from a variable of unknown value is not judged.",
      examples: {
        valid: ["services:\n  db:\n    image: postgres:16.4\n", "services:\n  app:\n    build: .\n    image: myorg/app\n"],
        invalid: ["services:\n  db:\n    image: postgres\n", "services:\n  db:\n    image: postgres:latest\n"],
      },
      recommended: true,
    },
    aliases: ["service-image-require-explicit-tag"],
    defaultLevel: "warning",
    messages: {
      untagged: "`{{image}}` names no tag: it runs whatever `latest` is when it is pulled. Name a version, e.g. `{{image}}:<version>`.",
      latest: "`{{image}}` runs whatever `latest` is when it is pulled: name a version instead.",
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
        if (ref.tag === null) context.report({ node: image, messageId: "untagged", data: { image: image.text } });
        else if (ref.tag === "latest") context.report({ node: image, messageId: "latest", data: { image: image.text } });
      },
    };
  },
};

export default rule;
