import "server-only";
import { notFound } from "next/navigation";
import type { Me } from "@/lib/api/types";
import { requireMe } from "@/lib/session/requireMe";

/** The signed-in platform administrator; anyone else signed in gets a 404 (the console is not theirs to know of). */
export async function requirePlatformAdmin(): Promise<Me> {
  const me = await requireMe();
  if (!me.isPlatformAdmin) notFound();
  return me;
}
