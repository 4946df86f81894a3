"use client";

import { PageFailed } from "@/components/dashboard/PageFailed";

export default PageFailed;
