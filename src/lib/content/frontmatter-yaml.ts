/**
 * The YAML of paper files, written and read as Astro reads it (js-yaml 4, YAML 1.2). gray-matter's own
 * js-yaml 3 follows YAML 1.1, under which "0812.1234" (an arXiv id of 2008), "021801" (an article number)
 * and "08" (a volume) are no numbers and so are written unquoted: Astro then read them as 812.1234, 21801
 * and 8 and the build stopped on the schema (review 15 H1).
 */
import yaml from 'js-yaml';

export const frontmatterYaml = {
  excerpt: false,
  engines: {
    yaml: {
      parse: (text: string): object => {
        const data: unknown = yaml.load(text);
        return data !== null && typeof data === 'object' ? data : {};
      },
      stringify: (data: object): string => yaml.dump(data),
    },
  },
};
