import "server-only";
import { redirect } from "next/navigation";
import type { Me } from "@/lib/api/types";
import { getMe } from "./getMe";

/** The signed-in visitor; sends anyone else to the sign-in page. */
export async function requireMe(): Promise<Me> {
  const me = await getMe();
  if (!me) redirect("/signin");
  return me;
}
