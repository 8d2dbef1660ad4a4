/** How a source's name is spelled in the files of its own that the generator writes. */
export interface SourceSpellings {
  /** `land-registry`: topics, routes, grants, folders. */
  source: string;
  /** `LandRegistry`: classes. */
  Source: string;
  /** `LAND_REGISTRY`: constants. */
  SOURCE: string;
  /** `Land registry`: what people read. */
  Title: string;
  protocol: 'rest' | 'soap';
  /** `REST/JSON` or `SOAP/XML`. */
  PROTOCOL: string;
}

/** Lower-case words of letters and digits joined by `-`, starting with a letter. */
export const SOURCE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function spellings(
  source: string,
  protocol: 'rest' | 'soap',
  title?: string,
): SourceSpellings {
  const words = source.split('-');
  return {
    source,
    Source: words.map((word) => word[0].toUpperCase() + word.slice(1)).join(''),
    SOURCE: words.map((word) => word.toUpperCase()).join('_'),
    Title: title ?? `${words.join(' ')[0].toUpperCase()}${words.join(' ').slice(1)} database`,
    protocol,
    PROTOCOL: protocol === 'rest' ? 'REST/JSON' : 'SOAP/XML',
  };
}

/** The template's text with every placeholder (`__Source__`, ...) spelled for the source. */
export function spelled(template: string, names: SourceSpellings): string {
  return template
    .replaceAll('__source__', names.source)
    .replaceAll('__Source__', names.Source)
    .replaceAll('__SOURCE__', names.SOURCE)
    .replaceAll('__Title__', names.Title)
    .replaceAll('__protocol__', names.protocol)
    .replaceAll('__PROTOCOL__', names.PROTOCOL);
}
