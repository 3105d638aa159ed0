/** Steps that run over the finished `dist/` (search indexing and the like), in order. */
export interface PostBuildStep {
  label: string;
  command: string;
  args: string[];
}

export function postBuildSteps(): PostBuildStep[] {
  return [];
}
