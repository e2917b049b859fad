// Owns the SARIF 2.1.0 report (formatSarif) for GitHub code scanning and other SARIF viewers.

import type { Claim, Report, Severity } from '../types.js';
import { alikeNote } from '../check/alike.js';
import { escapeJsonText } from './escape.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'claimcheckConflict/v1';

export interface SarifRule {
  id: string;
  description: string;
  severity: Severity;
  url?: string;
}

export interface SarifOptions {
  /** claimcheck's version, as tool.driver.version. */
  version: string;
  /** Every rule the run knew; each is listed once, sorted by id. */
  rules: SarifRule[];
  /** Optional tool.driver.informationUri (the project's home page). */
  informationUri?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

function level(severity: Severity): SarifLevel {
  return severity === 'info' ? 'note' : severity;
}

/** Encodes one path segment for a URI reference; unreserved characters stay as they are. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A file path as a SARIF artifact URI: forward slashes, relative paths kept relative (a leading
 * "./" dropped), each segment percent-encoded; an absolute path becomes a file:// URI.
 */
export function toUri(file: string): string {
  let p = file.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  const drive = /^([A-Za-z]):\//.exec(p);
  if (drive) return `file:///${drive[1]}:/${p.slice(3).split('/').map(encodeSegment).join('/')}`;
  if (p.startsWith('/')) return `file://${p.split('/').map(encodeSegment).join('/')}`;
  return p.split('/').map(encodeSegment).join('/');
}

function physicalLocation(claim: Claim) {
  const place = claim.place;
  return {
    artifactLocation: { uri: toUri(place.file) },
    region: {
      startLine: place.line,
      startColumn: place.column,
      endLine: place.endLine,
      endColumn: place.endColumn,
      snippet: { text: claim.quote },
    },
  };
}

/**
 * The report as a SARIF 2.1.0 log with one run: the driver lists every rule once (sorted by id;
 * a rule that a conflict names but `rules` lacks is added with the conflict's severity), one
 * result per conflict located at its first claim with the other claims as related locations,
 * and files that could not be read as tool execution notifications. 2-space indent, trailing newline;
 * C1, bidi and invisible characters and `##[` written as \u escapes (escapeJsonText).
 */
export function formatSarif(report: Report, options: SarifOptions): string {
  const byId = new Map<string, SarifRule>();
  for (const rule of options.rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  for (const conflict of report.conflicts) {
    if (!byId.has(conflict.rule)) {
      byId.set(conflict.rule, { id: conflict.rule, description: conflict.rule, severity: conflict.severity });
    }
  }
  const ids = [...byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const rule = byId.get(id)!;
    return {
      id: rule.id,
      shortDescription: { text: rule.description },
      defaultConfiguration: { level: level(rule.severity) },
      ...(rule.url !== undefined ? { helpUri: rule.url } : {}),
    };
  });

  const results = report.conflicts.map((conflict) => {
    const [first, ...others] = conflict.claims;
    return {
      ruleId: conflict.rule,
      ruleIndex: index.get(conflict.rule)!,
      level: level(conflict.severity),
      message: { text: conflict.message },
      locations: first ? [{ physicalLocation: physicalLocation(first) }] : [],
      relatedLocations: others.map((claim, i) => ({
        id: i + 1,
        physicalLocation: physicalLocation(claim),
        message: { text: claim.alike !== undefined ? `${claim.quote} (${alikeNote(claim.alike)})` : claim.quote },
      })),
      partialFingerprints: { [FINGERPRINT_KEY]: conflict.id },
    };
  });

  const notifications = report.files.flatMap((file) =>
    file.errors.map((error) => ({
      level: 'error' as const,
      message: { text: `${file.file}: ${error.message}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(file.file) } } }],
      descriptor: { id: error.code },
    })),
  );

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            version: options.version,
            ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results,
      },
    ],
  };
  return `${escapeJsonText(JSON.stringify(log, null, 2))}\n`;
}
