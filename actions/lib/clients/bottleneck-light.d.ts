// Types of `bottleneck/light.js`: the same API as the package's main entry, which alone ships types.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
