"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { SignInForm, type SignInProvider, type SignInText } from "./sign-in-form";

/** The sign-in form that brings the person back to the page they are on. */
export function SignInHere({ email, providers, text }: { email: boolean; providers: SignInProvider[]; text: SignInText }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <SignInForm callbackUrl={search ? `${pathname}?${search}` : pathname} email={email} providers={providers} text={text} />;
}
