// Region codes are written in capitals (MA-01), but people type and share
// them in lower case too: such a path is sent to the canonical one.
const REGION_PATH = /^\/(fr|ar|en)\/regions\/(ma-(?:0[1-9]|1[0-2]))$/i;

/** The canonical path when a region page's code is not in capitals, else null. */
export function canonicalRegionPath(pathname: string): string | null {
  const match = REGION_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return null;

  const code = match[2].toUpperCase();
  if (code === match[2]) return null;

  return `/${match[1]}/regions/${code}`;
}
