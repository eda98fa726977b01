declare module 'virtual:dateline/pictures' {
  /** Each article picture's metadata, by its path in the content folder. */
  export const pictures: Map<string, import('astro').ImageMetadata>;
}
