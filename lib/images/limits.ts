/** Limits of an uploaded image, shared by the browser's early check and the server. */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

// A whole form: six images at their limit and the text around them. Next.js
// (server actions and the proxy's copy of the body) and the proxy's own check
// of Content-Length all use this figure.
export const REQUEST_MAX_BYTES = 32 * 1024 * 1024;

// Decoding is what costs memory (4 bytes a pixel): 40 megapixels is a large
// phone photo, and keeps a decompression bomb from exhausting the server.
export const IMAGE_MAX_PIXELS = 40_000_000;

export const IMAGE_MAX_WIDTH = 1600;

/** For the file input's `accept`; the server still reads the type from the bytes. */
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp";
