import { getViewportForBounds, type Rect } from '@xyflow/react';

// No image library is bundled: the canvas's DOM is serialised into an SVG
// <foreignObject> with the page's own style rules, drawn onto a <canvas> and saved
// as PNG. This is what html-to-image (React Flow's documented route) does inside.

const padding = 40;
const headerHeight = 44;
/** Browsers refuse canvases much beyond this on a side. */
const maxSide = 8000;

/** Every style rule the page uses, so the picture looks like the screen. */
function pageStyles(): string {
  const parts: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) parts.push(rule.cssText);
    } catch {
      // A stylesheet from another origin cannot be read; the map does not use one.
    }
  }
  // Connection dots are for editing, not for the picture.
  parts.push('.react-flow__handle { display: none !important; }');
  return parts.join('\n');
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The map could not be drawn as an image.'));
    image.src = src;
  });
}

export interface MapPicture {
  /** The rendered `.react-flow__viewport` element of the canvas. */
  viewport: HTMLElement;
  /** The bounds of every node, in flow coordinates (React Flow's getNodesBounds). */
  bounds: Rect;
  /** A line written above the map: the account and the date. */
  header: string;
}

/** The whole map, fitted into one picture, as a PNG blob. */
export async function renderMapPng({ viewport, bounds, header }: MapPicture): Promise<Blob> {
  const zoom = Math.min(
    1,
    (maxSide - 2 * padding) / Math.max(bounds.width, 1),
    (maxSide - 2 * padding - headerHeight) / Math.max(bounds.height, 1),
  );
  const width = Math.ceil(bounds.width * zoom + 2 * padding);
  const height = Math.ceil(bounds.height * zoom + 2 * padding);
  const fit = getViewportForBounds(bounds, width, height, zoom, zoom, 0);

  const frame = document.createElement('div');
  frame.setAttribute('xmlns', 'http://www.w3.org/1999/xhtml');
  frame.className = 'react-flow';
  frame.setAttribute('data-mantine-color-scheme', 'light');
  frame.style.cssText = `width:${width}px;height:${height}px;position:relative;overflow:hidden;background:#ffffff;`;
  const style = document.createElement('style');
  style.textContent = pageStyles();
  const clone = viewport.cloneNode(true) as HTMLElement;
  clone.style.transform = `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`;
  frame.append(style, clone);

  const markup = new XMLSerializer().serializeToString(frame);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><foreignObject x="0" y="0" width="100%" height="100%">${markup}</foreignObject></svg>`;
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);

  // Sharper on high-density screens, within the browser's canvas limit.
  const ratio = Math.max(1, Math.min(2, window.devicePixelRatio || 1, maxSide / Math.max(width, height + headerHeight)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round((height + headerHeight) * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.scale(ratio, ratio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height + headerHeight);
  context.fillStyle = '#212529';
  context.font = '600 16px system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif';
  context.textBaseline = 'middle';
  context.fillText(header, padding, headerHeight / 2 + 6);
  context.drawImage(image, 0, headerHeight, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'),
  );
}

/** Hand the picture to the browser as a download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
