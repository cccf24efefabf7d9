/** Where the media route serves a stored image (app/media/[...path]/route.ts). */
export function mediaUrl(storedName: string): string {
  return `/media/${storedName}`;
}
