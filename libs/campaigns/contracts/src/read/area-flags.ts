/** Areas needing special attention are flags on units and places, never attributes of people. */
export interface AreaFlags {
  ethnicMinority: boolean;
  mountainous: boolean;
  border: boolean;
  island: boolean;
}
