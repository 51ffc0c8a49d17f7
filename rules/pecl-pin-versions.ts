// Flags `pecl install` extensions that pin no version, so a rebuild may compile different code.
import type { Rule } from "../src/engine/rule.js";
import { unpinnedPackageVisitor } from "../src/rule-helpers/unpinned-packages.js";

const rule: Rule = {
  meta: {
    type: "suggestion",
    docs: {
      description: "`pecl install` of a PHP extension without `-version` (`redis-6.0.2`).",
      rationale:
        "Without a version, `pecl install` builds the newest stable release on the day of the build: two builds of the " +
        "same Dockerfile can ship different extensions, and a release that drops support for the image's PHP version " +
        "breaks the build with no change to the Dockerfile. `pecl install redis-6.0.2` pins the release; a version " +
        "kept in an ARG or ENV (`xdebug-${XDEBUG_VERSION}`) counts as a pin. A release state (`redis-stable`, " +
        "`xdebug-beta`) moves like no version and is reported. Local archives (`/tmp/redis.tgz`) and channel URLs are " +
        "not checked.",
      examples: {
        valid: [
          "FROM php:8.3-fpm\nRUN pecl install redis-6.0.2 && docker-php-ext-enable redis\n",
          "FROM php:8.3-fpm\nARG XDEBUG_VERSION=3.3.2\nRUN pecl install \"xdebug-${XDEBUG_VERSION}\"\n",
        ],
        invalid: ["FROM php:8.3-fpm\nRUN pecl install redis && docker-php-ext-enable redis\n"],
      },
      differences:
        "hadolint has no check for pecl. `docker-php-ext-install` builds extensions from the PHP sources of the " +
        "image, whose version the base image fixes: it is not checked.",
      recommended: true,
    },
    aliases: [],
    defaultLevel: "warning",
    messages: { unpinned: "`{{name}}` has no version: use `{{name}}-<version>` so rebuilds compile the same extension." },
    schema: [],
  },
  create: (context) => unpinnedPackageVisitor(context, "pecl"),
};

export default rule;
