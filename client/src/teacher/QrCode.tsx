import { encode } from "uqr";

/**
 * A QR code drawn as one SVG path from uqr's module grid: no canvas, no inline styles, no HTML
 * strings, so it fits the app's CSP and scales crisply for a projector. The quiet zone (4 modules)
 * is part of the drawing; the light modules are the SVG's white background.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { data, size } = encode(text, { ecc: "M", border: 4 });
  let path = "";
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      class="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
