import type { CompressionSink, HandState } from './depthDetector';

/**
 * Compressions from inputs that only know "pressed" (keyboard, a plain tap, a gamepad button):
 * every 'press' is one compression onset; depth and recoil are not measured. A compression is
 * emitted at its 'release' so the release time is real, or at the next press if the input never
 * sends releases.
 */
export class PressDetector {
  private readonly sink: CompressionSink;
  private pending = false;
  private onsetT = 0;
  private hand: HandState = -1;
  private source = 0;

  constructor(sink: CompressionSink) {
    this.sink = sink;
  }

  get active(): boolean {
    return this.pending;
  }

  press(t: number, hand: HandState, sourceIdx: number): void {
    if (this.pending) this.finish(this.onsetT);
    this.pending = true;
    this.onsetT = t;
    this.hand = hand;
    this.source = sourceIdx;
  }

  /** A release without a press before it (e.g. the key was already down when recording began) is ignored. */
  release(t: number): void {
    if (this.pending) this.finish(t);
  }

  flush(): void {
    if (this.pending) this.finish(this.onsetT);
  }

  private finish(releaseT: number): void {
    this.pending = false;
    this.sink(this.source, this.onsetT, this.onsetT, releaseT, null, null, this.hand);
  }
}
