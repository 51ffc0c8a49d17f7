// The floor's cold start (npm run bench): a process of its own that loads dockerfile-ast as any
// package loads it and parses one file, the least a linter built on it does per start.
const fs = require("node:fs");
const { DockerfileParser } = require("dockerfile-ast");

const dockerfile = DockerfileParser.parse(fs.readFileSync(process.argv[2], "utf8"));
if (dockerfile.getInstructions().length === 0) process.exit(1);
