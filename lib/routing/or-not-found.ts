import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/actions/app-error";

/** What a private page loads, or its 404 when the domain answers notFound. */
export async function orNotFound<T>(loading: Promise<T>): Promise<T> {
  try {
    return await loading;
  } catch (error) {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  }
}
