import { testRule } from "../rule-tester.js";

testRule("pecl-pin-versions", {
  valid: [
    "FROM php:8.3-fpm\nRUN pecl install redis-6.0.2 && docker-php-ext-enable redis\n",
    { name: "version from an ARG", code: "FROM php:8.3-fpm\nARG XDEBUG_VERSION\nRUN pecl install \"xdebug-${XDEBUG_VERSION}\"\n" },
    { name: "a release candidate is a version", code: "FROM php:8.3-fpm\nRUN pecl install igbinary-3.2.17RC1\n" },
    { name: "local archive", code: "FROM php:8.3-fpm\nCOPY redis.tgz /tmp/\nRUN pecl install /tmp/redis.tgz\n" },
    { name: "channel URL", code: "FROM php:8.3-fpm\nRUN pecl install channel://pecl.php.net/mcrypt-1.0.7\n" },
    { name: "not an install", code: "FROM php:8.3-fpm\nRUN pecl channel-update pecl.php.net && pecl list\n" },
    { name: "--configureoptions takes a value", code: "FROM php:8.3-fpm\nRUN pecl install --configureoptions 'enable-redis-zstd=\"yes\"' redis-6.0.2\n" },
    { name: "docker-php-ext-install is not pecl", code: "FROM php:8.3-fpm\nRUN docker-php-ext-install pdo_mysql\n" },
    { name: "difference: docker-php-ext-install builds from the image's PHP sources: not checked", code: "FROM php:8.3\nRUN docker-php-ext-install pdo_mysql\n" },
  ],
  invalid: [
    {
      code: "FROM php:8.3-fpm\nRUN pecl install redis && docker-php-ext-enable redis\n",
      errors: [{ messageId: "unpinned", line: 2, column: 18, endLine: 2, endColumn: 23 }],
      output: null,
    },
    {
      name: "several extensions, flags, a pipe and a continuation line",
      code: "FROM php:8.3-fpm\nRUN yes | pecl install -o -f redis xdebug-3.3.2 \\\n && pecl install \"apcu-stable\" igbinary\n",
      errors: [
        { messageId: "unpinned", line: 2, column: 30, endLine: 2, endColumn: 35 },
        { messageId: "unpinned", line: 3, column: 18, endLine: 3, endColumn: 31 },
        { messageId: "unpinned", line: 3, column: 32, endLine: 3, endColumn: 40 },
      ],
      output: null,
    },
    {
      name: "the name after a value flag, in a later stage",
      code: "FROM php:8.3-cli AS base\nFROM base\nRUN pecl install --configureoptions 'enable-redis-igbinary=\"yes\"' redis\n",
      errors: [{ messageId: "unpinned", line: 3, column: 67, endLine: 3, endColumn: 72, message: /`redis-<version>`/ }],
      output: null,
    },
    {
      name: "difference: pecl install without a version is reported (hadolint has no pecl check)",
      code: "FROM php:8.3\nRUN pecl install redis\n",
      errors: [{ messageId: "unpinned", line: 2, column: 18 }],
      output: null,
    },
  ],
});
