/** A JSON reference to a component: `ref('schemas', 'ReplyMeta')`. */
export function ref(kind: string, name: string): { $ref: string } {
  return { $ref: `#/components/${kind}/${name}` };
}
