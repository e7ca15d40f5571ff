// shared/ compiles without DOM or Node types on purpose, so that nothing here can reach for
// either. TextDecoder is the one platform API it needs: both Node and browsers provide it
// with the WHATWG signature declared below.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
