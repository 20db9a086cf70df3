/** Neutral description of engine types, shared by the generator, the golden test emitter and the differential test. */
export type TypeDesc =
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'void' }
  | { kind: 'list'; elem: TypeDesc }
  | { kind: 'map'; value: TypeDesc }
  | { kind: 'object'; ref: string };

export interface FieldDesc {
  tsName: string;
  apexName: string;
  type: TypeDesc;
  optional: boolean;
}

/** A DTO class generated from an interface or an object-shaped type alias. */
export interface DtoDesc {
  /** Qualified Apex name, e.g. `CVP_Scoring.ScoreResult`. */
  ref: string;
  tsName: string;
  apexName: string;
  fields: FieldDesc[];
}

export interface FunctionDesc {
  tsName: string;
  apexName: string;
  exported: boolean;
  params: { tsName: string; apexName: string; type: TypeDesc; tsType: string }[];
  returns: TypeDesc;
}

export interface UnionDesc {
  tsName: string;
  values: string[];
  validator: string;
}

export interface ModuleDesc {
  /** Module name, e.g. `scoring`. */
  module: string;
  /** Path relative to the project root. */
  file: string;
  className: string;
  functions: FunctionDesc[];
  dtos: DtoDesc[];
  unions: UnionDesc[];
}

/** One generated Apex class (before formatting). */
export interface GeneratedClass {
  className: string;
  source: string;
  module: ModuleDesc;
  /** The shared runtime class (no engine module behind it). */
  runtime?: boolean;
}

export function apexType(t: TypeDesc): string {
  switch (t.kind) {
    case 'number':
      return 'Double';
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'void':
      return 'void';
    case 'list':
      return `List<${apexType(t.elem)}>`;
    case 'map':
      return `Map<String, ${apexType(t.value)}>`;
    case 'object':
      return t.ref;
  }
}
