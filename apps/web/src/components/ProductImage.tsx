"use client";

import { useEffect, useRef, useState } from "react";
import styles from "./ProductImage.module.css";

export type ProductImageProps = {
  /** An image URL the supplier gave (any host: it is not proxied or optimised). */
  src: string;
  alt: string;
  size: "thumbnail" | "hero";
};

/**
 * A product's picture from the supplier's URL, in a box of fixed proportions (no layout shift),
 * decoded off the main thread, sent no referrer. When the URL does not answer or is not an image,
 * the box disappears instead of showing a broken image, even if that happened before hydration.
 */
export function ProductImage({ src, alt, size }: ProductImageProps) {
  const [failed, setFailed] = useState(false);
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const element = image.current;
    if (element?.complete && element.naturalWidth === 0) setFailed(true);
  }, []);
  if (failed) return null;
  const [width, height] = size === "hero" ? [640, 400] : [96, 96];
  return (
    // biome-ignore lint/performance/noImgElement: suppliers' images are on any host; our optimiser fetching arbitrary URLs would be an SSRF hole, and next/image unoptimised is this img
    <img
      ref={image}
      className={styles[size]}
      src={src}
      alt={alt}
      width={width}
      height={height}
      decoding="async"
      // The consumer page's hero is its largest picture, usually what it is first seen by (LCP).
      fetchPriority={size === "hero" ? "high" : "auto"}
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
