import { testRule } from "../rule-tester.js";

testRule("dnf-pin-versions", {
  valid: [
    "FROM fedora:40\nRUN dnf install -y php-7.2 && dnf clean all\n",
    { name: "microdnf, full NEVRA", code: "FROM ubi9/ubi-minimal\nRUN microdnf install -y python3.12-3.12.1-4.el9_4.1.x86_64 && microdnf clean all\n" },
    { name: "flags around the install", code: "FROM fedora:40\nRUN dnf --installroot /mnt/rootfs install curl-7.76.1-19.el9_1.1 mysql-community-client-8.0.32-1.el8 \\\n  -y --releasever 9 --setopt install_weak_deps=false --nodocs && dnf clean all\n" },
    { name: "comparison in one word", code: "FROM fedora:40\nRUN dnf install -y 'tomcat >= 9.0' && dnf clean all\n" },
    { name: "module stream", code: "FROM ubi8/ubi\nRUN dnf module install nginx:1.18 -y && dnf clean all --assumeyes\n" },
    { name: "module stream and profile, full spec, from an ARG", code: "FROM ubi8/ubi\nARG NODE_STREAM=18\nRUN dnf module install -y nodejs:18/common perl:5.32:8060020220811064346:d7f6f1a6:x86_64 ruby:${NODE_STREAM} && dnf clean all\n" },
    { name: "module enable, reset: nothing installed", code: "FROM ubi8/ubi\nRUN dnf module enable -y nodejs && dnf module reset -y nodejs && dnf clean all\n" },
    { name: "group install", code: "FROM fedora:40\nRUN dnf -y group install \"Development Tools\" && dnf install -y @c-development && dnf clean all\n" },
    { name: "versions from ARGs", code: "FROM almalinux:9\nARG PYTHON_PKG_VERSION=3.12-3.12.1-4.el9_4.1\nARG GIT_VER\nRUN microdnf install -y python${PYTHON_PKG_VERSION} \"git-core-${GIT_VER}\" && microdnf clean all\n" },
    { name: "local rpm", code: "FROM fedora:40\nRUN dnf install -y ./pkg-1.0.rpm && dnf clean all\n" },
    { name: "dnf5 update", code: "FROM fedora:41\nRUN dnf5 upgrade -y && dnf5 clean all\n" },
    { name: "difference: a name with a version and release is pinned", code: "FROM fedora:40\nRUN dnf install -y python3.12-3.12.1-4.el9\n" },
  ],
  invalid: [
    {
      name: "module install without a stream takes the default stream",
      code: "FROM rockylinux:9\nRUN dnf module install -y nodejs nginx/common php:8.1 && microdnf module install ruby && dnf clean all\n",
      errors: [
        { messageId: "unpinnedModule", line: 2, column: 27, endColumn: 33, message: "Module `nodejs` names no stream: use `nodejs:<stream>` so rebuilds install the same stream." },
        { messageId: "unpinnedModule", line: 2, column: 34, message: /Module `nginx`/ },
        { messageId: "unpinnedModule", line: 2, column: 82, message: /Module `ruby`/ },
      ],
      output: null,
    },
    {
      code: "FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n",
      errors: [{ messageId: "unpinned", line: 2, column: 20, message: "`tomcat` has no version: use `tomcat-<version>` so rebuilds install the same package." }],
      output: null,
    },
    {
      name: "a hyphen is not a version",
      code: "FROM rockylinux:9.3\nRUN dnf install -y dnf-plugins-core \\\n    && dnf clean all\n",
      errors: [{ messageId: "unpinned", line: 2, column: 20, message: /`dnf-plugins-core`/ }],
      output: null,
    },
    {
      name: "microdnf and dnf5, multi-line",
      code: "FROM fedora:41\nRUN microdnf install -y \\\n      shadow-utils \\\n && dnf5 in -y python3.11 \\\n && microdnf clean all\n",
      errors: [{ messageId: "unpinned", line: 3, column: 7 }, { messageId: "unpinned", line: 4, column: 16, message: /`python3.11`/ }],
      output: null,
    },
    {
      name: "difference: a hyphen alone is not a version",
      code: "FROM fedora:40\nRUN dnf install -y dnf-plugins-core\n",
      errors: [{ messageId: "unpinned", line: 2, column: 20 }],
      output: null,
    },
  ],
});
