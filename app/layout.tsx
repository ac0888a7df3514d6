import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from './components/site-header';
import { SiteFooter } from './components/site-footer';
import { SITE_NAME, SITE_URL, siteTagline } from './site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: siteTagline(),
  openGraph: { siteName: SITE_NAME, type: 'website', locale: 'en' },
  // Files in public/: favicon.ico (16, 32 and 48 px) for browsers that ask for it by that name.
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '48x48' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: '/apple-touch-icon.png',
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#151514' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:p-2">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 pb-8 pt-5 sm:px-6 sm:pt-8">
          {children}
        </main>
        <SiteFooter />
        <p id="copy-status" role="status" className="sr-only" />
      </body>
    </html>
  );
}
