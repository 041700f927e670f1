/**
 * Thêm cán bộ: a school administrator adds an account in their school; the Academy
 * administrator chooses the school (the current school by default).
 */
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import type { Organisation, Person } from '../../api/types.ts';
import { ErrorBanner, Loading, PageHeader } from '../../components/Feedback.tsx';
import { loadAllOrganisations } from '../../components/OrganisationPicker.tsx';
import { setFlash } from '../../lib/flash.ts';
import { todayInVietnam } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useCurrentOrganisation } from '../../session/CurrentOrganisationContext.tsx';
import { useMe } from '../../session/SessionContext.tsx';
import { PersonForm } from './PersonForm.tsx';
import type { PersonDraft } from './personValidation.ts';

export function PersonCreatePage() {
  const me = useMe();
  const { current, canChoose, choose } = useCurrentOrganisation();
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (!me.isAcademy) return;
    const controller = new AbortController();
    loadAllOrganisations(todayInVietnam(), controller.signal)
      .then(setOrganisations)
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setLoadError(cause);
      });
    return () => controller.abort();
  }, [me.isAcademy]);

  const initial: PersonDraft = {
    organisationId: me.isAcademy ? (current?.id ?? '') : me.organisation.id,
    email: '',
    fullName: '',
    title: '',
    role: '',
    unitId: '',
    password: '',
  };

  const handleSubmit = async (draft: PersonDraft) => {
    setSubmitting(true);
    setError(null);
    try {
      const person = await api.post<Person>('/api/people', {
        organisationId: draft.organisationId,
        email: draft.email.trim().toLowerCase(),
        fullName: draft.fullName.trim(),
        ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
        role: draft.role,
        ...(draft.unitId ? { unitId: draft.unitId } : {}),
        password: draft.password,
      });
      if (canChoose) choose({ id: person.organisationId, name: person.organisationName });
      setFlash(`Đã thêm cán bộ ${person.fullName} (${person.email}).`);
      navigate('/can-bo');
    } catch (cause) {
      setError(cause);
      setSubmitting(false);
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/can-bo">Cán bộ</Link> › Thêm cán bộ
      </p>
      <PageHeader
        title="Thêm cán bộ"
        subtitle={
          me.isAcademy
            ? 'Tạo tài khoản cho cán bộ của một trường trong mạng lưới.'
            : `Tạo tài khoản cho cán bộ của ${me.organisation.name}.`
        }
      />
      <div className="card card--narrow">
        <ErrorBanner error={loadError} />
        {me.isAcademy && !organisations && !loadError ? (
          <Loading label="Đang tải danh sách trường…" />
        ) : (
          <PersonForm
            mode="create"
            initial={initial}
            organisations={me.isAcademy ? organisations : null}
            submitLabel="Thêm cán bộ"
            error={error}
            submitting={submitting}
            onSubmit={(draft) => void handleSubmit(draft)}
            onCancel={() => navigate('/can-bo')}
          />
        )}
      </div>
    </>
  );
}
