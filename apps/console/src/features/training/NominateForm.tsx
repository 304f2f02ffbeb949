import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Form, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberWrite } from '../../api/consistency';
import { apiProblemsOf, fieldErrorsOf } from '../../api/errors';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { foldVietnamese } from '../../shared/fold';
import { UNIT_PEOPLE } from './names';

const UNITS = graphql(`
  query TrainingNominateUnits($unitId: ID!) {
    unit(id: $unitId) {
      id
      nameVi
      nameEn
    }
    units(parentId: $unitId, first: 100) {
      nodes {
        id
        nameVi
        nameEn
      }
    }
  }
`);

const REQUEST = graphql(`
  mutation TrainingRequestEnrolment($input: RequestEnrolmentInput!) {
    requestEnrolment(input: $input) {
      consistencyToken
    }
  }
`);

interface NominateValues {
  unitId: string;
  person: string;
}

/** Ask for a place for a learner of the running unit or a unit under it (their unit's managers nominate them). */
export function NominateForm({ courseId, runningUnitId, onDone }: { courseId: string; runningUnitId: string; onDone: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NominateValues>();
  const unitId = Form.useWatch('unitId', form) ?? runningUnitId;
  const units = useQuery(UNITS, { variables: { unitId: runningUnitId } });
  const people = useQuery(UNIT_PEOPLE, { variables: { unitId }, errorPolicy: 'all' });
  const [request, requesting] = useMutation(REQUEST);
  const [failure, setFailure] = useState<unknown>(null);
  const nameOfUnit = (unit: { nameVi: string; nameEn?: string | null }) => (i18n.language === 'en' && unit.nameEn ? unit.nameEn : unit.nameVi);
  const unitOptions = [...(units.data?.unit ? [units.data.unit] : []), ...(units.data?.units.nodes ?? [])].map((unit) => ({
    value: unit.id,
    label: nameOfUnit(unit),
  }));
  const personOptions = [
    ...(people.data?.cadres.nodes ?? []).map((person) => ({
      value: `cadre:${person.id}`,
      label: `${person.fullName ?? person.id} – ${t('training.course.kinds.cadre')}`,
    })),
    ...(people.data?.volunteers.nodes ?? []).map((person) => ({
      value: `volunteer:${person.id}`,
      label: `${person.fullName ?? person.id} – ${t('training.course.kinds.volunteer')}`,
    })),
  ];
  const foldFilter = (input: string, option?: { label?: unknown }) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input));

  const onFinish = async (values: NominateValues) => {
    setFailure(null);
    const [personKind, ...rest] = values.person.split(':');
    try {
      const result = await request({ variables: { input: { courseId, unitId: values.unitId, personKind, personId: rest.join(':') } } });
      rememberWrite(result.data?.requestEnrolment);
      void message.success(t('training.course.nominated'));
      form.setFieldValue('person', undefined);
      await onDone();
    } catch (error) {
      const problems = apiProblemsOf(error);
      const fieldErrors = problems
        ? fieldErrorsOf(problems, ['unitId', 'personId'] as const).map((entry) => ({ ...entry, name: entry.name === 'personId' ? 'person' : entry.name }))
        : [];
      if (fieldErrors.length) form.setFields(fieldErrors as { name: keyof NominateValues; errors: string[] }[]);
      if (fieldErrors.length !== (problems?.length ?? -1)) setFailure(error);
    }
  };

  return (
    <>
      <ErrorAlert error={people.error ?? failure} />
      <Form<NominateValues>
        form={form}
        layout="inline"
        name="nominate"
        initialValues={{ unitId: runningUnitId }}
        onFinish={(values) => void onFinish(values)}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="unitId" label={t('training.course.nominateUnit')} rules={[{ required: true, message: t('training.plan.required') }]}>
          <Select
            style={{ width: 240 }}
            showSearch={{ filterOption: foldFilter }}
            options={unitOptions}
            onChange={() => form.setFieldValue('person', undefined)}
          />
        </Form.Item>
        <Form.Item name="person" label={t('training.course.nominatePerson')} rules={[{ required: true, message: t('training.course.personRequired') }]}>
          <Select style={{ width: 300 }} showSearch={{ filterOption: foldFilter }} loading={people.loading} options={personOptions} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={requesting.loading}>
            {t('training.course.nominate')}
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}
