// Fixture files shared by tests.
import fs from "node:fs";
import path from "node:path";

const read = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", name), "utf8");

/** The Dockerfile that motivated docklint (issue 2): a notebook image with every mistake. */
export const dataScienceDockerfile = read("data-science/Dockerfile");
