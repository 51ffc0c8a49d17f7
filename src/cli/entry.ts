// The command's entry point. The shell parser is not loaded here: most files never need it (see
// src/shell/simple-script.ts), and a session loads it when a script does.
await import("./main.js");
