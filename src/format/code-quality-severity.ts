// Code Climate's severity scale, which GitLab Code Quality took over: info < minor < major <
// critical < blocker. One table for both reports, so a finding weighs the same in each.
import type { Finding } from "../engine/result.js";

// An error-level finding is a real defect in the Dockerfile but not an outage in itself, so it is
// "major" (what ESLint-style linters emit for errors), leaving critical/blocker for tools that
// measure impact.
export const codeQualitySeverity: Record<Finding["level"], string> = { error: "major", warning: "minor", info: "info", style: "info" };
