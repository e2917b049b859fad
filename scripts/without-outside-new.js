// A full run's report without the count of archive conflicts it leaves out (--new, --changed-since): only a
// full run knows how many conflicts the archive holds among its own articles, and the claim index's gate does
// not read them, so the gate prints the same report but for that count. Used where the two are compared.

/** @param {string} stdout a report in any format @returns {string} the report without that count */
export function withoutOutsideNew(stdout) {
  let out = stdout.replace(/,\n  "omitted": \{\n    "outsideNew": \d+\n  \}/, '');
  const note = /^(- )?.*with no side in the new or changed files not shown .*\n/m.exec(out);
  if (note) {
    let end = note.index + note[0].length;
    // In Markdown the note is a list item: a list of this one note takes its closing blank line with it.
    let start = note.index;
    if (note[1] && out.slice(note.index - 2, note.index) === '\n\n') {
      if (out[end] === '\n') end++;
      // The report's last line (no conflicts to list after it): the blank line before it goes with it.
      else if (end === out.length) start--;
    }
    out = out.slice(0, start) + out.slice(end);
  }
  return out;
}
